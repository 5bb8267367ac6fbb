package dev.eddy.bench.join;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.state.Stores;

/**
 * A windowed stream-stream join, the shape of Nexmark q8: two streams ({@code a}, page views;
 * {@code b}, purchases) keyed by the same user keys, joined on the key within 10 seconds. Each
 * event goes to one side at random with a uniform key, at an event time that advances evenly
 * through the span; the two topics never share a millisecond, so the order in which an engine
 * merges them by event time is the generated order.
 *
 * <p>{@code WITHIN 10 SECONDS} without {@code GRACE PERIOD} keeps ksqlDB's default grace of 24
 * hours, so neither engine drops or expires a row within the run: the output is every pair
 * of one key no more than 10 s apart, each at the later of its two times.
 */
final class StreamStreamWorkload implements JoinWorkload {

  /**
   * Where the peer keeps each side's rows. In memory, as Eddy keeps them, is the default; but
   * Kafka Streams' in-memory window store keeps one map per distinct timestamp and visits every
   * timestamp of the 20 s range on each lookup, so its cost grows with the event rate. RocksDB,
   * its production default, finds a key's rows with one range scan, but under
   * TopologyTestDriver, which commits after every record, it writes and fsyncs a position
   * checkpoint file per record: far slower still here.
   */
  enum PeerStore { ROCKSDB, IN_MEMORY }

  static final String LEFT = "a";
  static final String RIGHT = "b";
  static final String OUTPUT = "PAIRS";
  static final Duration WITHIN = Duration.ofSeconds(10);
  /** ksqlDB's (and Eddy's) grace for a WITHIN without GRACE PERIOD: the peer's join windows get the same. */
  static final Duration DEFAULT_GRACE = Duration.ofHours(24);
  private static final long FIRST_EVENT_TIME = 1_767_225_600_000L;
  private static final String[] PAGES = {"/", "/search", "/cart", "/help", "/item/17", "/item/42", "/item/99",
      "/account", "/deals", "/checkout"};
  private static final String[] ITEMS = {"book", "pen", "lamp", "mug", "chair", "desk", "cable", "phone"};

  private final int events;
  private final int keys;
  private final int minutes;
  private final PeerStore peerStore;
  private final JoinInput input;

  StreamStreamWorkload(int events, int keys, int minutes, PeerStore peerStore, long seed) {
    if (events < 1 || keys < 1 || minutes < 1) {
      throw new IllegalArgumentException("events, keys and minutes must be positive");
    }
    this.events = events;
    this.keys = keys;
    this.minutes = minutes;
    this.peerStore = peerStore;
    this.input = generate(seed);
  }

  /** Side a at even milliseconds, side b at odd ones: the topics never tie. */
  private JoinInput generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JoinInput generated = new JoinInput(List.of(LEFT, RIGHT), events);
    byte[][] keyBytes = new byte[keys][];
    for (int k = 0; k < keys; k++) {
      keyBytes[k] = String.format(Locale.ROOT, "user%06d", k).getBytes(StandardCharsets.UTF_8);
    }
    long halfSpan = minutes * 30_000L;
    for (int i = 0; i < events; i++) {
      int side = random.nextInt(2);
      long time = FIRST_EVENT_TIME + 2 * (halfSpan * i / events) + side;
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("ID", (long) i);
      value.put(side == 0 ? "PAGE" : "ITEM", side == 0 ? PAGES[random.nextInt(PAGES.length)]
          : ITEMS[random.nextInt(ITEMS.length)]);
      generated.add(side, keyBytes[random.nextInt(keys)], JsonSerde.bytes(value), time);
    }
    return generated;
  }

  @Override
  public String name() {
    return "join-stream-stream";
  }

  @Override
  public JoinInput input() {
    return input;
  }

  @Override
  public String eddySources() {
    return "CREATE STREAM a (k STRING KEY, id BIGINT, page STRING) WITH (KAFKA_TOPIC='" + LEFT
        + "', PARTITIONS=1, VALUE_FORMAT='JSON');\n"
        + "CREATE STREAM b (k STRING KEY, id BIGINT, item STRING) WITH (KAFKA_TOPIC='" + RIGHT
        + "', PARTITIONS=1, VALUE_FORMAT='JSON');";
  }

  @Override
  public String eddyQuery() {
    return "CREATE STREAM pairs AS SELECT a.k, a.id AS a_id, a.page, b.id AS b_id, b.item "
        + "FROM a JOIN b WITHIN " + WITHIN.toSeconds() + " SECONDS ON a.k = b.k;";
  }

  @Override
  public String outputTopic() {
    return OUTPUT;
  }

  @Override
  public List<String> outputFields() {
    return List.of("A_ID", "PAGE", "B_ID", "ITEM");
  }

  /**
   * KStream-KStream join over JoinWindows of 10 s and Eddy's grace, both sides' rows in
   * window stores of {@link PeerStore} with their changelogs on.
   */
  @Override
  public Topology peerTopology() {
    Duration retention = WITHIN.multipliedBy(2).plus(DEFAULT_GRACE);
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, JsonNode> left = builder.stream(LEFT, Consumed.with(Serdes.String(), JsonSerde.tree()));
    KStream<String, JsonNode> right = builder.stream(RIGHT, Consumed.with(Serdes.String(), JsonSerde.tree()));
    StreamJoined<String, JsonNode, JsonNode> stores =
        StreamJoined.with(Serdes.String(), JsonSerde.tree(), JsonSerde.tree()).withStoreName("pairs");
    if (peerStore == PeerStore.IN_MEMORY) {
      stores = stores
          .withThisStoreSupplier(Stores.inMemoryWindowStore("a-join-store", retention, WITHIN.multipliedBy(2), true))
          .withOtherStoreSupplier(Stores.inMemoryWindowStore("b-join-store", retention, WITHIN.multipliedBy(2), true));
    }
    left.join(right, (a, b) -> {
          ObjectNode row = JsonSerde.JSON.createObjectNode();
          row.set("A_ID", a.get("ID"));
          row.set("PAGE", a.get("PAGE"));
          row.set("B_ID", b.get("ID"));
          row.set("ITEM", b.get("ITEM"));
          return (JsonNode) row;
        },
        JoinWindows.ofTimeDifferenceAndGrace(WITHIN, DEFAULT_GRACE), stores)
        .to(OUTPUT, Produced.with(Serdes.String(), JsonSerde.tree()));
    return builder.build();
  }

  /** Every pair of one key whose times are at most WITHIN apart, at the later time. */
  @Override
  public JoinDigest.Digest expected(int records) {
    JoinDigest digest = new JoinDigest(outputFields());
    long within = WITHIN.toMillis();
    List<Map<String, List<Integer>>> seen = List.of(new HashMap<>(), new HashMap<>());
    for (int i = 0; i < records; i++) {
      int side = input.topic(i);
      String key = new String(input.key(i), StandardCharsets.UTF_8);
      for (int j : seen.get(1 - side).getOrDefault(key, List.of())) {
        if (Math.abs(input.time(i) - input.time(j)) <= within) {
          int a = side == 0 ? i : j;
          int b = side == 0 ? j : i;
          JsonNode left = JsonSerde.read(input.value(a));
          JsonNode right = JsonSerde.read(input.value(b));
          digest.addRow(input.key(i), new String[] {left.get("ID").asText(), left.get("PAGE").asText(),
              right.get("ID").asText(), right.get("ITEM").asText()}, Math.max(input.time(i), input.time(j)));
        }
      }
      seen.get(side).computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return digest.digest();
  }

  @Override
  public List<String> describe() {
    return List.of(
        String.format(Locale.ROOT, "input: %,d events, each on side a or b at random, %,d keys (uniform), event times "
                + "through %d minutes (a at even ms, b at odd ms); every pair of one key within %d s joins",
            events, keys, minutes, WITHIN.toSeconds()),
        "shape: both topics keyed by the join key, one partition each: one task (one thread) in each engine",
        "eddy: " + eddyQuery() + " (default grace " + DEFAULT_GRACE.toHours() + " h: every row is kept for the run)",
        "kafka-streams: KStream-KStream join, JoinWindows.ofTimeDifferenceAndGrace(" + WITHIN.toSeconds() + " s, "
            + DEFAULT_GRACE.toHours() + " h), " + (peerStore == PeerStore.ROCKSDB ? "RocksDB (its default)"
            : "in-memory") + " window stores (changelogs on)");
  }
}
