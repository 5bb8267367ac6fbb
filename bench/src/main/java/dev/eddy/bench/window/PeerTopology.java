package dev.eddy.bench.window;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.WindowedSerdes;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams application ksqlDB would run for the benchmark's query: group by the key,
 * tumbling windows with a grace period, count and sum into an in-memory window store (no
 * RocksDB, as Eddy's store is in memory too) with its changelog on (Eddy keeps one), caching off
 * so every update reaches the output topic as Eddy's EMIT CHANGES does.
 */
final class PeerTopology {

  static final String APPLICATION_ID = "eddy-bench-window-agg";
  static final String INPUT = "events";
  static final String OUTPUT = "AGG";
  static final String STORE = "agg-store";
  /** Where Kafka Streams logs the store: {@code <application.id>-<store>-changelog}. */
  static final String CHANGELOG = APPLICATION_ID + "-" + STORE + "-changelog";

  private PeerTopology() {}

  /** @param retention how long windows are kept: the same as Eddy's, so both hold every window at the end */
  static Topology build(Duration size, Duration grace, Duration retention) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(INPUT, Consumed.with(Serdes.String(), PeerSerdes.amountJson()))
        .groupByKey()
        .windowedBy(TimeWindows.ofSizeAndGrace(size, grace))
        .aggregate(
            () -> CountSum.EMPTY,
            (key, amount, aggregate) -> aggregate.plus(amount),
            Materialized.<String, CountSum>as(Stores.inMemoryWindowStore(STORE, retention, size, false))
                .withKeySerde(Serdes.String())
                .withValueSerde(PeerSerdes.countSumBinary())
                .withCachingDisabled())
        .toStream()
        .to(OUTPUT, Produced.with(
            WindowedSerdes.timeWindowedSerdeFrom(String.class, size.toMillis()), PeerSerdes.countSumJson()));
    return builder.build();
  }

  static Properties properties(String stateDir) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
    // TopologyTestDriver never connects; the setting is only required to be present.
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
    properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    return properties;
  }
}
