package dev.eddy.bench.join;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * Stream-table enrichment, the shape of Nexmark q3: a stream of orders joined to a table of
 * customers on the customer id. The table is loaded first (every customer, before the first
 * order); while the orders flow, a share of the customers change name and city, so an order
 * must meet the customer's row as of its own event time. Some orders name a customer that does
 * not exist and are dropped by the inner join.
 *
 * <p>Two shapes: {@link Shape#CO_PARTITIONED} has the orders topic keyed by customer id (a
 * producer that keys by customer), so the join runs in one task; {@link Shape#REPARTITION} keys
 * orders by order id, so both engines first repartition them by customer id through an
 * internal topic, as ksqlDB and Kafka Streams do for a join on a non-key column.
 */
final class StreamTableWorkload implements JoinWorkload {

  enum Shape { CO_PARTITIONED, REPARTITION }

  static final String ORDERS = "orders";
  static final String CUSTOMERS = "customers";
  static final String OUTPUT = "ENRICHED";
  private static final int ORDERS_TOPIC = 0;
  private static final int CUSTOMERS_TOPIC = 1;
  private static final long FIRST_ORDER_TIME = 1_767_225_600_000L;
  /** Orders naming a customer id past the table: one in twenty. */
  private static final double MISSING_CUSTOMER_SHARE = 0.05;
  private static final String[] CITIES = {"paris", "rome", "oslo", "lyon", "porto", "basel", "ghent", "turin",
      "krakow", "bergen", "seville", "leeds", "bremen", "tartu", "split", "cork"};

  private final Shape shape;
  private final int orders;
  private final int customers;
  private final double updateShare;
  private final int minutes;
  private final JoinInput input;

  StreamTableWorkload(Shape shape, int orders, int customers, double updateShare, int minutes, long seed) {
    if (orders < 1 || customers < 1 || minutes < 1 || updateShare < 0) {
      throw new IllegalArgumentException("orders, customers and minutes must be positive");
    }
    this.shape = shape;
    this.orders = orders;
    this.customers = customers;
    this.updateShare = updateShare;
    this.minutes = minutes;
    this.input = generate(seed);
  }

  /**
   * Customers first, at times before the first order; then orders at even milliseconds and
   * customer updates at odd ones, merged in time order, so no order and update ever tie.
   */
  private JoinInput generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int updates = (int) Math.round(customers * updateShare);
    JoinInput generated = new JoinInput(List.of(ORDERS, CUSTOMERS), customers + updates + orders);
    for (int c = 0; c < customers; c++) {
      generated.add(CUSTOMERS_TOPIC, longKey(c), customer(c, 0, random), FIRST_ORDER_TIME - customers + c);
    }
    long halfSpan = minutes * 30_000L;
    long[] updateTimes = new long[updates];
    for (int u = 0; u < updates; u++) {
      updateTimes[u] = FIRST_ORDER_TIME + 2 * random.nextLong(halfSpan) + 1;
    }
    Arrays.sort(updateTimes);
    int nextUpdate = 0;
    int idSpace = (int) Math.ceil(customers / (1 - MISSING_CUSTOMER_SHARE));
    for (int o = 0; o < orders; o++) {
      long time = FIRST_ORDER_TIME + 2 * (halfSpan * o / orders);
      while (nextUpdate < updates && updateTimes[nextUpdate] < time) {
        int c = random.nextInt(customers);
        generated.add(CUSTOMERS_TOPIC, longKey(c), customer(c, nextUpdate + 1, random), updateTimes[nextUpdate++]);
      }
      long customer = random.nextInt(idSpace);
      double amount = random.nextInt(40_001) / 4.0;
      Map<String, Object> value = new LinkedHashMap<>();
      if (shape == Shape.REPARTITION) {
        value.put("CUSTOMER_ID", customer);
      } else {
        value.put("ORDER_ID", (long) o);
      }
      value.put("AMOUNT", amount);
      generated.add(ORDERS_TOPIC, longKey(shape == Shape.REPARTITION ? o : customer), JsonSerde.bytes(value), time);
    }
    while (nextUpdate < updates) {
      int c = random.nextInt(customers);
      generated.add(CUSTOMERS_TOPIC, longKey(c), customer(c, nextUpdate + 1, random), updateTimes[nextUpdate++]);
    }
    return generated.trimmed();
  }

  private static byte[] customer(int id, int version, SplittableRandom random) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("NAME", String.format(Locale.ROOT, "customer-%07d-v%d", id, version));
    value.put("CITY", CITIES[random.nextInt(CITIES.length)]);
    return JsonSerde.bytes(value);
  }

  /** A BIGINT key as the KAFKA key format (and Kafka's LongSerializer) writes it. */
  private static byte[] longKey(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }

  @Override
  public String name() {
    return "join-stream-table";
  }

  @Override
  public JoinInput input() {
    return input;
  }

  @Override
  public String eddySources() {
    String orderColumns = shape == Shape.REPARTITION
        ? "order_id BIGINT KEY, customer_id BIGINT, amount DOUBLE"
        : "customer_id BIGINT KEY, order_id BIGINT, amount DOUBLE";
    return "CREATE STREAM orders (" + orderColumns + ") WITH (KAFKA_TOPIC='" + ORDERS
        + "', PARTITIONS=1, VALUE_FORMAT='JSON');\n"
        + "CREATE TABLE customers (id BIGINT PRIMARY KEY, name STRING, city STRING) WITH (KAFKA_TOPIC='" + CUSTOMERS
        + "', PARTITIONS=1, VALUE_FORMAT='JSON');";
  }

  @Override
  public String eddyQuery() {
    return "CREATE STREAM enriched AS SELECT o.customer_id, o.order_id, o.amount, c.name, c.city "
        + "FROM orders o JOIN customers c ON o.customer_id = c.id;";
  }

  @Override
  public String outputTopic() {
    return OUTPUT;
  }

  @Override
  public List<String> outputFields() {
    return List.of("ORDER_ID", "AMOUNT", "NAME", "CITY");
  }

  /**
   * KStream-KTable join: the table in an in-memory store (Eddy's is in memory too) with its
   * changelog on and caching off; for the repartition shape, a map to the customer id before the join, which
   * makes Kafka Streams repartition the orders through an internal topic.
   */
  @Override
  public Topology peerTopology() {
    StreamsBuilder builder = new StreamsBuilder();
    KTable<Long, JsonNode> table = builder.table(CUSTOMERS, Consumed.with(Serdes.Long(), JsonSerde.tree()),
        Materialized.<Long, JsonNode>as(Stores.inMemoryKeyValueStore("customers-store"))
            .withKeySerde(Serdes.Long()).withValueSerde(JsonSerde.tree()).withCachingDisabled());
    KStream<Long, JsonNode> stream = builder.stream(ORDERS, Consumed.with(Serdes.Long(), JsonSerde.tree()));
    if (shape == Shape.REPARTITION) {
      // The order id moves from the key into the value, as Eddy's repartition carries the whole row.
      stream = stream.map((orderId, order) ->
          KeyValue.pair(order.get("CUSTOMER_ID").longValue(), ((ObjectNode) order).put("ORDER_ID", orderId)));
    }
    stream.join(table, (key, order, customer) -> {
          ObjectNode row = JsonSerde.JSON.createObjectNode();
          row.put("ORDER_ID", order.get("ORDER_ID").longValue());
          row.put("AMOUNT", order.get("AMOUNT").doubleValue());
          row.set("NAME", customer.get("NAME"));
          row.set("CITY", customer.get("CITY"));
          return (JsonNode) row;
        }, Joined.with(Serdes.Long(), JsonSerde.tree(), JsonSerde.tree()))
        .to(OUTPUT, Produced.with(Serdes.Long(), JsonSerde.tree()));
    return builder.build();
  }

  @Override
  public JoinDigest.Digest expected(int records) {
    JoinDigest digest = new JoinDigest(outputFields());
    Map<Long, JsonNode> table = new java.util.HashMap<>();
    for (int i = 0; i < records; i++) {
      long key = ByteBuffer.wrap(input.key(i)).getLong();
      JsonNode value = JsonSerde.read(input.value(i));
      if (input.topic(i) == CUSTOMERS_TOPIC) {
        table.put(key, value);
        continue;
      }
      long customerId = shape == Shape.REPARTITION ? value.get("CUSTOMER_ID").longValue() : key;
      long orderId = shape == Shape.REPARTITION ? key : value.get("ORDER_ID").longValue();
      JsonNode customer = table.get(customerId);
      if (customer != null) {
        digest.addRow(longKey(customerId), new String[] {JoinDigest.number(orderId),
            JoinDigest.number(value.get("AMOUNT").doubleValue()), customer.get("NAME").asText(),
            customer.get("CITY").asText()}, input.time(i));
      }
    }
    return digest.digest();
  }

  @Override
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "input: %,d customers (table, loaded before the first order), then %,d orders "
            + "through %d minutes of event time with %,d customer updates (%.0f%% of customers) interleaved in event "
            + "time; %.0f%% of orders name no customer (dropped by the inner join); %,d records in all",
        customers, orders, minutes, input.count(CUSTOMERS_TOPIC, input.size()) - customers, updateShare * 100,
        MISSING_CUSTOMER_SHARE * 100, input.size()));
    lines.add("shape: " + (shape == Shape.REPARTITION
        ? "repartition - orders keyed by order id, repartitioned by customer id through an internal topic by both "
            + "engines (Eddy: two tasks, which may run on two threads; the peer: one thread)"
        : "co-partitioned - orders keyed by customer id, so no repartition: one task (one thread) in each engine"));
    lines.add("eddy: " + eddyQuery());
    lines.add("kafka-streams: KStream-KTable join, table in an in-memory store (changelog on, caching off)"
        + (shape == Shape.REPARTITION ? ", map to the customer id before the join (auto-repartition)" : ""));
    return lines;
  }
}
