package dev.eddy.bench.window;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The peer: the same aggregation as a Kafka Streams topology, run by {@code TopologyTestDriver}
 * on this thread with no broker, so it does one core's work, as one Eddy task does. Each run
 * gets a fresh driver (empty state); the clock covers piping every event through the topology
 * (deserialize, aggregate, write the store and its changelog, serialize the output).
 */
final class KafkaStreamsWindowAggTrial implements Trial {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final WindowEvents events;
  private final Duration size;
  private final Duration grace;
  private final Duration retention;
  private final Consumer<RunOutcome> outcomes;

  /** @param outcomes receives each run's output and state, to be checked */
  KafkaStreamsWindowAggTrial(ScratchDir scratch, WindowEvents events, Duration size, Duration grace,
      Duration retention, Consumer<RunOutcome> outcomes) {
    this.scratch = scratch;
    this.events = events;
    this.size = size;
    this.grace = grace;
    this.retention = retention;
    this.outcomes = outcomes;
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path stateDir = scratch.newDirectory("kafka-streams-" + RUNS.incrementAndGet());
    CpuMeter.Timing timing;
    RunOutcome outcome;
    try (TopologyTestDriver driver = new TopologyTestDriver(PeerTopology.build(size, grace, retention),
        PeerTopology.properties(stateDir.toString()))) {
      TestInputTopic<byte[], byte[]> input =
          driver.createInputTopic(PeerTopology.INPUT, new ByteArraySerializer(), new ByteArraySerializer());
      CpuMeter.Stopwatch stopwatch = CpuMeter.thisJvm().start();
      for (int i = 0; i < records; i++) {
        input.pipeInput(events.key(i), events.value(i), events.time(i));
      }
      timing = stopwatch.stop();
      outcome = outcome(driver, records);
    }
    ScratchDir.delete(stateDir);
    outcomes.accept(outcome);
    return new Throughput(records, events.payloadBytes(records), timing);
  }

  private RunOutcome outcome(TopologyTestDriver driver, long records) {
    AggregateOutput output = new AggregateOutput(size.toMillis());
    TestOutputTopic<byte[], byte[]> topic =
        driver.createOutputTopic(PeerTopology.OUTPUT, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    while (!topic.isEmpty()) {
      TestRecord<byte[], byte[]> record = topic.readRecord();
      output.accept(record.key(), record.value());
    }
    long entries = storeEntries(driver);
    long bytes = changelogBytes(driver, entries);
    return new RunOutcome(records, output, entries, bytes);
  }

  private static long storeEntries(TopologyTestDriver driver) {
    WindowStore<String, ValueAndTimestamp<CountSum>> store = driver.getTimestampedWindowStore(PeerTopology.STORE);
    long entries = 0;
    try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<CountSum>> all = store.all()) {
      while (all.hasNext()) {
        all.next();
        entries++;
      }
    }
    return entries;
  }

  /**
   * The bytes the store's entries take as Kafka Streams encodes them: the last changelog record
   * of each (key, window), key plus value. Measured from the changelog rather than computed, so
   * the window and sequence number in its keys and the timestamp in its values are counted as
   * they are, as Eddy's figure counts its own changelog records.
   */
  private static long changelogBytes(TopologyTestDriver driver, long storeEntries) {
    TestOutputTopic<byte[], byte[]> changelog =
        driver.createOutputTopic(PeerTopology.CHANGELOG, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    Map<ByteBuffer, Integer> sizes = new HashMap<>();
    while (!changelog.isEmpty()) {
      KeyValue<byte[], byte[]> record = changelog.readKeyValue();
      if (record.value == null) {
        sizes.remove(ByteBuffer.wrap(record.key));
      } else {
        sizes.put(ByteBuffer.wrap(record.key), record.key.length + record.value.length);
      }
    }
    if (sizes.size() != storeEntries) {
      throw new IllegalStateException("Kafka Streams' changelog holds " + sizes.size()
          + " window entries but its store " + storeEntries + "; its state cannot be measured from the changelog");
    }
    return sizes.values().stream().mapToLong(Integer::longValue).sum();
  }
}
