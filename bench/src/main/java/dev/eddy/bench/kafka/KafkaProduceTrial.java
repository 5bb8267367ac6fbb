package dev.eddy.bench.kafka;

import dev.eddy.bench.ConcurrentWriters;
import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import dev.eddy.bench.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the workload to a fresh topic with Kafka's own producer, one producer per thread, each
 * thread writing its own partition (modulo the partition count), as Eddy's appenders do.
 * Timed from the first send until every producer's flush() returns, i.e. the last ack.
 */
public final class KafkaProduceTrial implements Trial {

  /** Throughput-minded producer settings; acks=all is what makes Kafka wait for its log. */
  public static final Map<String, Object> SETTINGS;

  static {
    Map<String, Object> s = new TreeMap<>();
    s.put(ProducerConfig.ACKS_CONFIG, "all");
    s.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    s.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    s.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    s.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    SETTINGS = Collections.unmodifiableMap(s);
  }

  private static final AtomicInteger TOPICS = new AtomicInteger();

  private final KafkaBroker broker;
  private final Workload workload;
  private final int producers;
  private final int partitions;
  private volatile String lastTopic;

  public KafkaProduceTrial(KafkaBroker broker, Workload workload, int producers, int partitions) {
    this.broker = broker;
    this.workload = workload;
    this.producers = producers;
    this.partitions = partitions;
  }

  /** The topic of the latest run, complete once run() has returned. */
  public String lastTopic() {
    return lastTopic;
  }

  @Override
  public Throughput run(long records) throws Exception {
    String topic = "bench-p" + producers + "-n" + partitions + "-" + TOPICS.incrementAndGet();
    try (Admin admin = broker.admin()) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
    List<KafkaProducer<byte[], byte[]>> clients = new ArrayList<>();
    try {
      for (int i = 0; i < producers; i++) {
        KafkaProducer<byte[], byte[]> producer = newProducer();
        clients.add(producer);
        producer.partitionsFor(topic); // metadata fetched before the clock starts
      }
      AtomicReference<Exception> failure = new AtomicReference<>();
      CpuMeter.Timing timing =
          ConcurrentWriters.run(
              producers,
              broker.cpuMeter(),
              writer -> send(clients.get(writer), topic, writer % partitions,
                  workload.slice(records, writer, producers), failure));
      if (failure.get() != null) {
        throw new IllegalStateException("Kafka refused a record", failure.get());
      }
      lastTopic = topic;
      return new Throughput(records, workload.payloadBytes(records), timing);
    } finally {
      clients.forEach(KafkaProducer::close);
    }
  }

  private void send(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      int partition,
      Workload.Slice slice,
      AtomicReference<Exception> failure) {
    for (int i = slice.from(); i < slice.to(); i++) {
      producer.send(
          new ProducerRecord<>(topic, partition, workload.timestamp(), workload.key(i), workload.value(i)),
          (metadata, error) -> {
            if (error != null) {
              failure.compareAndSet(null, error);
            }
          });
    }
    producer.flush();
  }

  private KafkaProducer<byte[], byte[]> newProducer() {
    Map<String, Object> config = new TreeMap<>(SETTINGS);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
