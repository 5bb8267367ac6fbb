package dev.eddy.bench.join;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The peer: the workload's Kafka Streams topology run by {@code TopologyTestDriver} on this
 * thread with no broker, so it does one core's work. Each run gets a fresh driver (empty state);
 * the clock covers piping every input record through the topology in the input's order
 * (deserialize, repartition where the topology does, join, write stores and changelogs,
 * serialize the output).
 */
final class KafkaStreamsJoinTrial implements Trial {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final JoinWorkload workload;
  private final Consumer<JoinOutcome> outcomes;

  /** @param outcomes receives each run's output digest, to be checked */
  KafkaStreamsJoinTrial(ScratchDir scratch, JoinWorkload workload, Consumer<JoinOutcome> outcomes) {
    this.scratch = scratch;
    this.workload = workload;
    this.outcomes = outcomes;
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path stateDir = scratch.newDirectory("kafka-streams-" + RUNS.incrementAndGet());
    JoinInput input = workload.input();
    CpuMeter.Timing timing;
    JoinDigest output = new JoinDigest(workload.outputFields());
    try (TopologyTestDriver driver = new TopologyTestDriver(workload.peerTopology(), properties(stateDir))) {
      List<TestInputTopic<byte[], byte[]>> topics = new ArrayList<>();
      for (String topic : input.topics()) {
        topics.add(driver.createInputTopic(topic, new ByteArraySerializer(), new ByteArraySerializer()));
      }
      CpuMeter.Stopwatch stopwatch = CpuMeter.thisJvm().start();
      for (int i = 0; i < records; i++) {
        topics.get(input.topic(i)).pipeInput(input.key(i), input.value(i), input.time(i));
      }
      timing = stopwatch.stop();
      TestOutputTopic<byte[], byte[]> topic = driver.createOutputTopic(workload.outputTopic(),
          new ByteArrayDeserializer(), new ByteArrayDeserializer());
      while (!topic.isEmpty()) {
        TestRecord<byte[], byte[]> record = topic.readRecord();
        output.addRecord(record.key(), record.value(), record.timestamp());
      }
    }
    ScratchDir.delete(stateDir);
    outcomes.accept(new JoinOutcome(records, output.digest(), output.nulls(), -1, -1));
    return new Throughput(records, input.payloadBytes(records), timing);
  }

  private Properties properties(Path stateDir) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "eddy-bench-" + workload.name());
    // TopologyTestDriver never connects; the setting is only required to be present.
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
    properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return properties;
  }
}
