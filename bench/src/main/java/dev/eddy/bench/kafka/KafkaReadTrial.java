package dev.eddy.bench.kafka;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads partition 0 of a topic written moments before (so from the broker's page cache) with
 * Kafka's own consumer, from the first offset until the run's record count has arrived.
 */
public final class KafkaReadTrial implements Trial {

  /** Fetch sizes matched to Eddy's reads of {@code maxBytes} per call. */
  public static Map<String, Object> settings(int maxBytes) {
    Map<String, Object> s = new TreeMap<>();
    s.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxBytes);
    s.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
    s.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return s;
  }

  private static final Duration STALL = Duration.ofSeconds(30);

  private final KafkaBroker broker;
  private final Supplier<String> topic;
  private final int maxBytes;

  public KafkaReadTrial(KafkaBroker broker, Supplier<String> topic, int maxBytes) {
    this.broker = broker;
    this.topic = topic;
    this.maxBytes = maxBytes;
  }

  @Override
  public Throughput run(long records) {
    Map<String, Object> config = new TreeMap<>(settings(maxBytes));
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    TopicPartition partition = new TopicPartition(topic.get(), 0);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      consumer.position(partition); // resolves the start offset before the clock starts
      long read = 0;
      long bytes = 0;
      CpuMeter.Stopwatch stopwatch = broker.cpuMeter().start();
      long lastProgress = System.nanoTime();
      while (read < records) {
        long before = read;
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
          bytes += record.key().length + record.value().length;
          read++;
        }
        long now = System.nanoTime();
        if (read > before) {
          lastProgress = now;
        } else if (now - lastProgress > STALL.toNanos()) {
          throw new IllegalStateException(
              partition + " gave " + read + " of " + records + " records, then nothing for " + STALL);
        }
      }
      return new Throughput(read, bytes, stopwatch.stop());
    }
  }
}
