package dev.eddy.bench.nexmark;

import static dev.eddy.bench.nexmark.NexmarkGenerator.AUCTION;
import static dev.eddy.bench.nexmark.NexmarkGenerator.BID;
import static dev.eddy.bench.nexmark.NexmarkGenerator.PERSON;

import dev.eddy.bench.nexmark.NexmarkQuery.KeyWindow;
import dev.eddy.bench.nexmark.NexmarkQuery.Output;
import java.util.List;
import java.util.Set;

/**
 * Nexmark's queries q0-q22: Flink's SQL as the nexmark project writes it (nexmark-flink's
 * {@code queries/qN.sql}; the event-time column is {@code customTime}, as nexmark now names it,
 * since {@code DATETIME} is a keyword in Flink 2's parser), and the same query in Eddy's dialect,
 * where the column keeps the name {@code dateTime}. Where Eddy lacks a construct the Eddy text says it the closest way Eddy can,
 * with the same result: {@code COUNT(*) FILTER (WHERE p)} as {@code SUM(CASE WHEN p THEN 1 ELSE 0 END)},
 * {@code DATE_FORMAT} as {@code FORMAT_TIMESTAMP}, {@code SPLIT_INDEX(s, '/', i)} as
 * {@code SPLIT(s, '/')[i + 1]}, Flink's unbounded joins of q3 and q20 with a {@code WITHIN} window
 * wide enough for every match. Queries Eddy cannot plan yet (subqueries in FROM, ROW_NUMBER) are
 * written too: they are skipped with Eddy's error, and run as they are once the engine takes them.
 */
public final class NexmarkQueries {

  /**
   * No reason to skip up front a query Eddy cannot plan yet (joins, subqueries in FROM, ROW_NUMBER):
   * its CREATE is tried, Eddy's error says why it is skipped, and it runs once the engine takes it.
   */
  private static final String TRY_IN_EDDY = null;

  /**
   * q3's and q20's joins, which Flink runs unbounded, as a ksqlDB user bounds them: an auction
   * names a seller among the last 1,000 persons (5 s of events back) or one of the next 10
   * (50 ms ahead), a bid one of the last 100 auctions or the next 10, so 10 seconds either way
   * meets every match Flink's join finds. Eddy writes a join's key into the record key, so q3 selects
   * it as an extra column the comparison does not read. Tables over the topics would not: a reference to a
   * person or auction not yet created would find no row. The task reads its inputs in event-time
   * order, so no row is late and the grace period only bounds how long rows are kept.
   */
  static final String WITHIN_REFERENCE = "WITHIN 10 SECONDS GRACE PERIOD 1 SECOND";

  private static final String[] RANKS = {"price < 10000", "price >= 10000 AND price < 1000000", "price >= 1000000"};

  /** q15's and q16's counts: all bids, bidders and auctions, and those of each price rank. */
  private static final String FLINK_RANKS = flinkRanks();
  private static final String EDDY_RANKS = eddyRanks();

  private NexmarkQueries() {}

  private static String flinkRanks() {
    StringBuilder sql = new StringBuilder("count(*) AS total_bids");
    for (int r = 0; r < RANKS.length; r++) {
      sql.append(", count(*) filter (where ").append(RANKS[r]).append(") AS rank").append(r + 1).append("_bids");
    }
    for (String counted : new String[] {"bidder", "auction"}) {
      sql.append(", count(distinct ").append(counted).append(") AS total_").append(counted).append('s');
      for (int r = 0; r < RANKS.length; r++) {
        sql.append(", count(distinct ").append(counted).append(") filter (where ").append(RANKS[r]).append(") AS rank")
            .append(r + 1).append('_').append(counted).append('s');
      }
    }
    return sql.toString();
  }

  private static String eddyRanks() {
    StringBuilder sql = new StringBuilder("COUNT(*) AS total_bids");
    for (int r = 0; r < RANKS.length; r++) {
      sql.append(", ").append(countIf(RANKS[r])).append(" AS rank").append(r + 1).append("_bids");
    }
    for (String counted : new String[] {"bidder", "auction"}) {
      sql.append(", COUNT_DISTINCT(").append(counted).append(") AS total_").append(counted).append('s');
      for (int r = 0; r < RANKS.length; r++) {
        sql.append(", COUNT_DISTINCT(CASE WHEN ").append(RANKS[r]).append(" THEN ").append(counted)
            .append(" END) AS rank").append(r + 1).append('_').append(counted).append('s');
      }
    }
    return sql.toString();
  }

  /** {@code COUNT(*) FILTER (WHERE condition)}, which Eddy's grammar does not have. */
  private static String countIf(String condition) {
    return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
  }

  /** The leading columns, then q15's and q16's count columns, upper case as Eddy names them. */
  private static String[] ranks(String... leading) {
    java.util.List<String> columns = new java.util.ArrayList<>(java.util.List.of(leading));
    columns.add("TOTAL_BIDS");
    for (int r = 1; r <= RANKS.length; r++) {
      columns.add("RANK" + r + "_BIDS");
    }
    for (String counted : new String[] {"BIDDERS", "AUCTIONS"}) {
      columns.add("TOTAL_" + counted);
      for (int r = 1; r <= RANKS.length; r++) {
        columns.add("RANK" + r + "_" + counted);
      }
    }
    return columns.toArray(String[]::new);
  }

  public static final List<NexmarkQuery> ALL = List.of(
      new NexmarkQuery("q0", "pass through", Set.of(BID),
          "SELECT auction, bidder, price, customTime, extra FROM bid",
          "CREATE STREAM %s AS SELECT auction, bidder, price, dateTime, extra FROM bid;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "DATETIME", "EXTRA"), null),
      new NexmarkQuery("q1", "currency conversion", Set.of(BID),
          "SELECT auction, bidder, 0.908 * price AS price, customTime, extra FROM bid",
          "CREATE STREAM %s AS SELECT auction, bidder, 0.908 * price AS price, dateTime, extra FROM bid;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "DATETIME", "EXTRA"), null),
      new NexmarkQuery("q2", "selection", Set.of(BID),
          "SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0",
          "CREATE STREAM %s AS SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0;",
          Output.stream("AUCTION", "PRICE"), null),
      new NexmarkQuery("q3", "local item suggestion", Set.of(AUCTION, PERSON),
          "SELECT P.name, P.city, P.state, A.id FROM auction AS A INNER JOIN person AS P ON A.seller = P.id "
              + "WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA')",
          "CREATE STREAM %s AS SELECT A.seller AS seller, P.name AS name, P.city AS city, P.state AS state, A.id AS id "
              + "FROM auction A JOIN person P " + WITHIN_REFERENCE + " ON A.seller = P.id "
              + "WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA');",
          Output.stream("NAME", "CITY", "STATE", "ID"), null),
      new NexmarkQuery("q4", "average price for a category", Set.of(AUCTION, BID),
          "SELECT Q.category, AVG(Q.final) FROM (SELECT MAX(B.price) AS final, A.category FROM auction A, bid B "
              + "WHERE A.id = B.auction AND B.customTime BETWEEN A.customTime AND A.expires GROUP BY A.id, A.category) Q "
              + "GROUP BY Q.category",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT Q.category AS category, SUM(Q.final) / COUNT(*) AS avg_final "
              + "FROM (SELECT A.id AS id, A.category AS category, MAX(B.price) AS final FROM auction A JOIN bid B "
              + "ON A.id = B.auction WHERE B.dateTime BETWEEN A.dateTime AND A.expires GROUP BY A.id, A.category) Q "
              + "GROUP BY Q.category;",
          Output.table(List.of("CATEGORY"), KeyWindow.NONE, "CATEGORY", "AVG_FINAL"), TRY_IN_EDDY),
      new NexmarkQuery("q5", "hot items", Set.of(BID),
          "SELECT AuctionBids.auction, AuctionBids.num FROM (SELECT auction, count(*) AS num, window_start AS starttime, "
              + "window_end AS endtime FROM TABLE(HOP(TABLE bid, DESCRIPTOR(customTime), INTERVAL '2' SECOND, "
              + "INTERVAL '10' SECOND)) GROUP BY auction, window_start, window_end) AS AuctionBids JOIN (SELECT "
              + "max(CountBids.num) AS maxn, CountBids.starttime, CountBids.endtime FROM (SELECT count(*) AS num, "
              + "window_start AS starttime, window_end AS endtime FROM TABLE(HOP(TABLE bid, DESCRIPTOR(customTime), "
              + "INTERVAL '2' SECOND, INTERVAL '10' SECOND)) GROUP BY auction, window_start, window_end) AS CountBids "
              + "GROUP BY CountBids.starttime, CountBids.endtime) AS MaxBids ON AuctionBids.starttime = MaxBids.starttime "
              + "AND AuctionBids.endtime = MaxBids.endtime AND AuctionBids.num >= MaxBids.maxn",
          "CREATE STREAM %s AS SELECT AuctionBids.auction AS auction, AuctionBids.num AS num FROM (SELECT auction, "
              + "COUNT(*) AS num, window_start AS starttime, window_end AS endtime FROM TABLE(HOP(TABLE bid, "
              + "DESCRIPTOR(dateTime), INTERVAL '2' SECOND, INTERVAL '10' SECOND)) GROUP BY auction, window_start, "
              + "window_end) AuctionBids JOIN (SELECT MAX(CountBids.num) AS maxn, CountBids.starttime AS starttime, "
              + "CountBids.endtime AS endtime FROM (SELECT COUNT(*) AS num, window_start AS starttime, window_end AS "
              + "endtime FROM TABLE(HOP(TABLE bid, DESCRIPTOR(dateTime), INTERVAL '2' SECOND, INTERVAL '10' SECOND)) "
              + "GROUP BY auction, window_start, window_end) CountBids GROUP BY CountBids.starttime, CountBids.endtime) "
              + "MaxBids ON AuctionBids.starttime = MaxBids.starttime AND AuctionBids.endtime = MaxBids.endtime "
              + "AND AuctionBids.num >= MaxBids.maxn;",
          Output.stream("AUCTION", "NUM"), TRY_IN_EDDY),
      new NexmarkQuery("q6", "average selling price by seller", Set.of(AUCTION, BID),
          null,
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT Q.seller AS seller, AVG(Q.price) AS avg_price FROM (SELECT "
              + "A.id AS id, A.seller AS seller, MAX(B.price) AS price FROM auction A JOIN bid B ON A.id = B.auction "
              + "WHERE B.dateTime BETWEEN A.dateTime AND A.expires GROUP BY A.id, A.seller) Q GROUP BY Q.seller;",
          Output.table(List.of("SELLER"), KeyWindow.NONE, "SELLER", "AVG_PRICE"),
          "Flink cannot run it either: nexmark leaves it out because Flink's OVER window does not take retractions"),
      new NexmarkQuery("q7", "highest bid", Set.of(BID),
          "SELECT B.auction, B.bidder, B.price, B.customTime, B.extra FROM bid B JOIN (SELECT MAX(price) AS maxprice, "
              + "window_end AS customTime FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(customTime), INTERVAL '10' SECOND)) "
              + "GROUP BY window_start, window_end) B1 ON B.price = B1.maxprice "
              + "WHERE B.customTime BETWEEN B1.customTime - INTERVAL '10' SECOND AND B1.customTime",
          "CREATE STREAM %s WITH (KEY_FORMAT='JSON') AS SELECT B.auction AS auction, B.bidder AS bidder, B.price AS price, "
              + "B.dateTime AS dateTime, B.extra AS extra FROM bid B JOIN (SELECT MAX(price) AS maxprice, window_end AS "
              + "endtime FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(dateTime), INTERVAL '10' SECOND)) GROUP BY "
              + "window_start, window_end) B1 ON B.price = B1.maxprice "
              + "WHERE B.dateTime BETWEEN B1.endtime - INTERVAL '10' SECOND AND B1.endtime;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "DATETIME", "EXTRA"), TRY_IN_EDDY),
      new NexmarkQuery("q8", "monitor new users", Set.of(PERSON, AUCTION),
          "SELECT P.id, P.name, P.starttime FROM (SELECT id, name, window_start AS starttime, window_end AS endtime "
              + "FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(customTime), INTERVAL '10' SECOND)) GROUP BY id, name, "
              + "window_start, window_end) P JOIN (SELECT seller, window_start AS starttime, window_end AS endtime "
              + "FROM TABLE(TUMBLE(TABLE auction, DESCRIPTOR(customTime), INTERVAL '10' SECOND)) GROUP BY seller, "
              + "window_start, window_end) A ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime",
          "CREATE STREAM %s AS SELECT P.id AS id, P.name AS name, P.starttime AS starttime FROM (SELECT id, name, "
              + "window_start AS starttime, window_end AS endtime FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(dateTime), "
              + "INTERVAL '10' SECOND)) GROUP BY id, name, window_start, window_end) P JOIN (SELECT seller, "
              + "window_start AS starttime, window_end AS endtime FROM TABLE(TUMBLE(TABLE auction, "
              + "DESCRIPTOR(dateTime), INTERVAL '10' SECOND)) GROUP BY seller, window_start, window_end) A "
              + "ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime;",
          Output.stream("ID", "NAME", "STARTTIME"), TRY_IN_EDDY),
      new NexmarkQuery("q9", "winning bids", Set.of(AUCTION, BID),
          "SELECT id, itemName, description, initialBid, reserve, customTime, expires, seller, category, extra, auction, "
              + "bidder, price, bid_customTime, bid_extra FROM (SELECT A.*, B.auction, B.bidder, B.price, "
              + "B.customTime AS bid_customTime, B.extra AS bid_extra, ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY "
              + "B.price DESC, B.customTime ASC) AS rownum FROM auction A, bid B WHERE A.id = B.auction AND "
              + "B.customTime BETWEEN A.customTime AND A.expires) WHERE rownum <= 1",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT id, itemName, description, initialBid, reserve, dateTime, "
              + "expires, seller, category, extra, auction, bidder, price, bid_dateTime, bid_extra FROM (SELECT A.*, "
              + "B.auction AS auction, B.bidder AS bidder, B.price AS price, B.dateTime AS bid_dateTime, "
              + "B.extra AS bid_extra, ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.dateTime ASC) "
              + "AS rownum FROM auction A JOIN bid B ON A.id = B.auction "
              + "WHERE B.dateTime BETWEEN A.dateTime AND A.expires) WHERE rownum <= 1;",
          Output.table(List.of("ID"), KeyWindow.NONE, "ID", "ITEMNAME", "DESCRIPTION", "INITIALBID", "RESERVE",
              "DATETIME", "EXPIRES", "SELLER", "CATEGORY", "EXTRA", "AUCTION", "BIDDER", "PRICE", "BID_DATETIME",
              "BID_EXTRA"), TRY_IN_EDDY),
      new NexmarkQuery("q10", "log to file system", Set.of(BID),
          "SELECT auction, bidder, price, customTime, extra, DATE_FORMAT(customTime, 'yyyy-MM-dd') AS dt, "
              + "DATE_FORMAT(customTime, 'HH:mm') AS hm FROM bid",
          "CREATE STREAM %s AS SELECT auction, bidder, price, dateTime, extra, FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd') "
              + "AS dt, FORMAT_TIMESTAMP(dateTime, 'HH:mm') AS hm FROM bid;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "DATETIME", "EXTRA", "DT", "HM"), null),
      new NexmarkQuery("q11", "user sessions", Set.of(BID),
          "SELECT B.bidder, count(*) AS bid_count, SESSION_START(B.customTime, INTERVAL '10' SECOND) AS starttime, "
              + "SESSION_END(B.customTime, INTERVAL '10' SECOND) AS endtime FROM bid B "
              + "GROUP BY B.bidder, SESSION(B.customTime, INTERVAL '10' SECOND)",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT bidder, COUNT(*) AS bid_count, WINDOWSTART AS starttime, "
              + "WINDOWEND + 10000 AS endtime FROM bid WINDOW SESSION (10 SECONDS) GROUP BY bidder EMIT CHANGES;",
          Output.table(List.of("BIDDER"), KeyWindow.SESSION, "BIDDER", "BID_COUNT", "STARTTIME", "ENDTIME"), null),
      new NexmarkQuery("q12", "processing time windows", Set.of(BID),
          null, null, Output.stream().nondeterministic("processing time"),
          "Eddy cannot run it yet: its windows are event-time only (no PROCTIME())"),
      new NexmarkQuery("q13", "bounded side input join", Set.of(BID),
          null, null, Output.stream().nondeterministic("processing-time lookup"),
          "Eddy cannot run it yet: it needs joins and a bounded side-input table"),
      new NexmarkQuery("q14", "calculation", Set.of(BID),
          "SELECT auction, bidder, 0.908 * price AS price, CASE WHEN HOUR(customTime) >= 8 AND HOUR(customTime) <= 18 "
              + "THEN 'dayTime' WHEN HOUR(customTime) <= 6 OR HOUR(customTime) >= 20 THEN 'nightTime' ELSE 'otherTime' END "
              + "AS bidTimeType, customTime, extra, count_char(extra, 'c') AS c_counts FROM bid "
              + "WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000",
          "CREATE STREAM %s AS SELECT auction, bidder, 0.908 * price AS price, CASE WHEN HOUR(dateTime) >= 8 AND "
              + "HOUR(dateTime) <= 18 THEN 'dayTime' WHEN HOUR(dateTime) <= 6 OR HOUR(dateTime) >= 20 THEN 'nightTime' "
              + "ELSE 'otherTime' END AS bidTimeType, dateTime, extra, LEN(extra) - LEN(REPLACE(extra, 'c', '')) "
              + "AS c_counts FROM bid WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "BIDTIMETYPE", "DATETIME", "EXTRA", "C_COUNTS"), null),
      new NexmarkQuery("q15", "bidding statistics report", Set.of(BID),
          "SELECT DATE_FORMAT(customTime, 'yyyy-MM-dd') AS `day`, " + FLINK_RANKS + " FROM bid "
              + "GROUP BY DATE_FORMAT(customTime, 'yyyy-MM-dd')",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd') AS day, "
              + EDDY_RANKS + " FROM bid GROUP BY FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd');",
          Output.table(List.of("DAY"), KeyWindow.NONE, ranks("DAY")), null),
      new NexmarkQuery("q16", "channel statistics report", Set.of(BID),
          "SELECT channel, DATE_FORMAT(customTime, 'yyyy-MM-dd') AS `day`, max(DATE_FORMAT(customTime, 'HH:mm')) AS "
              + "`minute`, " + FLINK_RANKS + " FROM bid GROUP BY channel, DATE_FORMAT(customTime, 'yyyy-MM-dd')",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT channel, FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd') AS day, "
              + "MAX(FORMAT_TIMESTAMP(dateTime, 'HH:mm')) AS minute, " + EDDY_RANKS + " FROM bid "
              + "GROUP BY channel, FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd');",
          Output.table(List.of("CHANNEL", "DAY"), KeyWindow.NONE, ranks("CHANNEL", "DAY", "MINUTE")), null),
      new NexmarkQuery("q17", "auction statistics report", Set.of(BID),
          "SELECT auction, DATE_FORMAT(customTime, 'yyyy-MM-dd') AS `day`, count(*) AS total_bids, "
              + "count(*) filter (where price < 10000) AS rank1_bids, "
              + "count(*) filter (where price >= 10000 and price < 1000000) AS rank2_bids, "
              + "count(*) filter (where price >= 1000000) AS rank3_bids, min(price) AS min_price, "
              + "max(price) AS max_price, avg(price) AS avg_price, sum(price) AS sum_price FROM bid "
              + "GROUP BY auction, DATE_FORMAT(customTime, 'yyyy-MM-dd')",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT auction, FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd') AS day, "
              + "COUNT(*) AS total_bids, " + countIf("price < 10000") + " AS rank1_bids, "
              + countIf("price >= 10000 AND price < 1000000") + " AS rank2_bids, "
              + countIf("price >= 1000000") + " AS rank3_bids, MIN(price) AS min_price, MAX(price) AS max_price, "
              + "SUM(price) / COUNT(*) AS avg_price, SUM(price) AS sum_price FROM bid "
              + "GROUP BY auction, FORMAT_TIMESTAMP(dateTime, 'yyyy-MM-dd');",
          Output.table(List.of("AUCTION", "DAY"), KeyWindow.NONE, "AUCTION", "DAY", "TOTAL_BIDS", "RANK1_BIDS",
              "RANK2_BIDS", "RANK3_BIDS", "MIN_PRICE", "MAX_PRICE", "AVG_PRICE", "SUM_PRICE"), null),
      new NexmarkQuery("q18", "find last bid", Set.of(BID),
          "SELECT auction, bidder, price, channel, url, customTime, extra FROM (SELECT *, ROW_NUMBER() OVER "
              + "(PARTITION BY bidder, auction ORDER BY customTime DESC) AS rank_number FROM bid) WHERE rank_number <= 1",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT auction, bidder, LATEST_BY_OFFSET(price) AS price, "
              + "LATEST_BY_OFFSET(channel) AS channel, LATEST_BY_OFFSET(url) AS url, "
              + "LATEST_BY_OFFSET(dateTime) AS dateTime, LATEST_BY_OFFSET(extra) AS extra FROM bid "
              + "GROUP BY auction, bidder;",
          Output.table(List.of("AUCTION", "BIDDER"), KeyWindow.NONE, "AUCTION", "BIDDER", "PRICE", "CHANNEL", "URL",
              "DATETIME", "EXTRA"), null),
      new NexmarkQuery("q19", "auction top-10 price", Set.of(BID),
          "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number "
              + "FROM bid) WHERE rank_number <= 10",
          "CREATE TABLE %s WITH (KEY_FORMAT='JSON') AS SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction "
              + "ORDER BY price DESC) AS rank_number FROM bid) WHERE rank_number <= 10;",
          Output.table(List.of("AUCTION", "RANK_NUMBER"), KeyWindow.NONE, "AUCTION", "BIDDER", "PRICE", "CHANNEL",
              "URL", "DATETIME", "EXTRA", "RANK_NUMBER").nondeterministic("ties in price rank in arrival order"), null),
      new NexmarkQuery("q20", "expand bid with auction", Set.of(AUCTION, BID),
          "SELECT auction, bidder, price, channel, url, B.customTime, B.extra, itemName, description, initialBid, reserve, "
              + "A.customTime, expires, seller, category, A.extra FROM bid AS B INNER JOIN auction AS A "
              + "ON B.auction = A.id WHERE A.category = 10",
          "CREATE STREAM %s WITH (KEY_FORMAT='JSON') AS SELECT B.auction AS auction, B.bidder AS bidder, B.price AS price, B.channel AS channel, "
              + "B.url AS url, B.dateTime AS bid_dateTime, B.extra AS bid_extra, A.itemName AS itemName, "
              + "A.description AS description, A.initialBid AS initialBid, A.reserve AS reserve, "
              + "A.dateTime AS auction_dateTime, A.expires AS expires, A.seller AS seller, A.category AS category, "
              + "A.extra AS auction_extra FROM bid B JOIN auction A " + WITHIN_REFERENCE + " ON B.auction = A.id "
              + "WHERE A.category = 10;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "CHANNEL", "URL", "BID_DATETIME", "BID_EXTRA", "ITEMNAME",
              "DESCRIPTION", "INITIALBID", "RESERVE", "AUCTION_DATETIME", "EXPIRES", "SELLER", "CATEGORY",
              "AUCTION_EXTRA").keyedBy("AUCTION"), null),
      new NexmarkQuery("q21", "add channel id", Set.of(BID),
          "SELECT auction, bidder, price, channel, CASE WHEN lower(channel) = 'apple' THEN '0' "
              + "WHEN lower(channel) = 'google' THEN '1' WHEN lower(channel) = 'facebook' THEN '2' "
              + "WHEN lower(channel) = 'baidu' THEN '3' ELSE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) END "
              + "AS channel_id FROM bid WHERE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) is not null or "
              + "lower(channel) in ('apple', 'google', 'facebook', 'baidu')",
          "CREATE STREAM %s AS SELECT auction, bidder, price, channel, CASE WHEN LCASE(channel) = 'apple' THEN '0' "
              + "WHEN LCASE(channel) = 'google' THEN '1' WHEN LCASE(channel) = 'facebook' THEN '2' "
              + "WHEN LCASE(channel) = 'baidu' THEN '3' ELSE REGEXP_EXTRACT('(&|^)channel_id=([^&]*)', url, 2) END "
              + "AS channel_id FROM bid WHERE REGEXP_EXTRACT('(&|^)channel_id=([^&]*)', url, 2) IS NOT NULL "
              + "OR LCASE(channel) IN ('apple', 'google', 'facebook', 'baidu');",
          Output.stream("AUCTION", "BIDDER", "PRICE", "CHANNEL", "CHANNEL_ID"), null),
      new NexmarkQuery("q22", "get URL directories", Set.of(BID),
          "SELECT auction, bidder, price, channel, SPLIT_INDEX(url, '/', 3) AS dir1, SPLIT_INDEX(url, '/', 4) AS dir2, "
              + "SPLIT_INDEX(url, '/', 5) AS dir3 FROM bid",
          "CREATE STREAM %s AS SELECT auction, bidder, price, channel, SPLIT(url, '/')[4] AS dir1, "
              + "SPLIT(url, '/')[5] AS dir2, SPLIT(url, '/')[6] AS dir3 FROM bid;",
          Output.stream("AUCTION", "BIDDER", "PRICE", "CHANNEL", "DIR1", "DIR2", "DIR3"), null));

  /** By name, e.g. {@code q5}. */
  public static NexmarkQuery named(String name) {
    return ALL.stream().filter(q -> q.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no nexmark query " + name + "; there are q0 to q22"));
  }
}
