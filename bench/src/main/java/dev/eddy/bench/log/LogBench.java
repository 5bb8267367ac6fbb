package dev.eddy.bench.log;

import dev.eddy.bench.DiskSettle;
import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Trials;
import dev.eddy.bench.Trials.Measured;
import dev.eddy.bench.Workload;
import dev.eddy.bench.kafka.KafkaBroker;
import dev.eddy.bench.kafka.KafkaProduceTrial;
import dev.eddy.bench.kafka.KafkaReadTrial;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.TopicConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eddy-bench log}: Eddy's log against the disk it writes to and against a real Apache
 * Kafka broker on the same disk, fed the same records.
 */
@Command(
    name = "log",
    description = "Log append and read throughput: Eddy's log vs the raw disk vs Apache Kafka.")
public final class LogBench implements Callable<Integer> {

  @Option(names = "--records", description = "Records per measured run (default: ${DEFAULT-VALUE}).")
  int records = 2_000_000;

  @Option(names = "--repeats", description = "Measured runs per figure; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeats = 3;

  @Option(names = "--batch", description = "Records per Eddy append and per disk write (default: ${DEFAULT-VALUE}).")
  int batchRecords = 1000;

  @Option(names = "--value-bytes", description = "Bytes per record value (default: ${DEFAULT-VALUE}).")
  int valueBytes = 100;

  @Option(names = "--writers", description = "Appenders / producer threads of the concurrent figures (default: ${DEFAULT-VALUE}).")
  int writers = 8;

  @Option(names = "--read-bytes", description = "Bytes per Eddy read and Kafka partition fetch (default: ${DEFAULT-VALUE}).")
  int readBytes = 1 << 20;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private static final Duration BROKER_START = Duration.ofSeconds(90);

  @Override
  public Integer call() throws Exception {
    Report report = new Report(System.out);
    Workload workload = new Workload(records, valueBytes, batchRecords, 42);
    Trials trials = new Trials(repeats, records, new DiskSettle());
    List<Shape> shapes = List.of(new Shape(1, 1), new Shape(writers, 1), new Shape(writers, writers));
    describe(report, workload);

    try (ScratchDir scratch = ScratchDir.create("log-bench-")) {
      report.note("data directory: " + scratch.path());
      Measured disk = trials.measure("disk.write fdatasync-at-end", new DiskWriteTrial(scratch, workload));
      report.figure(disk);

      Map<FlushPolicy, Map<Shape, Measured>> eddy = new LinkedHashMap<>();
      for (FlushPolicy policy : FlushPolicy.values()) {
        Map<Shape, Measured> byShape = new LinkedHashMap<>();
        for (Shape shape : shapes) {
          TopicConfig config = topicConfig(policy, shape.partitions());
          EddyAppendTrial trial = new EddyAppendTrial(scratch, workload, config, shape.writers());
          Measured figure = trials.measure("eddy.append flush=" + policy.configValue() + " " + shape, trial);
          report.figure(figure);
          byShape.put(shape, figure);
          if (policy == FlushPolicy.OS && shape.equals(shapes.get(0))) {
            report.note(String.format(Locale.ROOT,
                "  eddy stores %.1f bytes per %d-byte record (framing, CRC and indexes included)",
                (double) trial.lastBytesOnDisk() / records, workload.recordPayloadBytes()));
          }
        }
        eddy.put(policy, byShape);
      }
      Measured eddyRead;
      try (EddyReadTrial read = new EddyReadTrial(scratch, workload, topicConfig(FlushPolicy.OS, 1), readBytes)) {
        eddyRead = trials.measure("eddy.read page-cache " + new Shape(1, 1), read);
      }
      report.figure(eddyRead);

      Map<Shape, Measured> kafka = new LinkedHashMap<>();
      Measured kafkaRead;
      report.note("starting Apache Kafka (KRaft, broker+controller, one node) ...");
      try (KafkaBroker broker = KafkaBroker.start(scratch.newDirectory("kafka"), BROKER_START)) {
        report.note("  Kafka at " + broker.bootstrapServers());
        KafkaProduceTrial firstShape = null;
        for (Shape shape : shapes) {
          KafkaProduceTrial trial = new KafkaProduceTrial(broker, workload, shape.writers(), shape.partitions());
          firstShape = firstShape == null ? trial : firstShape;
          Measured figure = trials.measure("kafka.produce acks=all " + shape, trial);
          report.figure(figure);
          kafka.put(shape, figure);
        }
        kafkaRead = trials.measure("kafka.consume page-cache " + new Shape(1, 1),
            new KafkaReadTrial(broker, firstShape::lastTopic, readBytes));
        report.figure(kafkaRead);
      }

      results(report, disk, eddy, kafka, eddyRead, kafkaRead, shapes);
    }
    report.finish();
    return 0;
  }

  private void describe(Report report, Workload workload) {
    report.note(String.format(Locale.ROOT,
        "eddy-bench log: %,d records per run, %d-byte values and %d-byte keys (%d payload bytes a record), "
            + "%d records per Eddy append, median of %d runs after a discarded warm-up of a quarter the size",
        records, valueBytes, Workload.KEY_BYTES, workload.recordPayloadBytes(), batchRecords, repeats));
    report.note(String.format(Locale.ROOT,
        "MB/s counts payload bytes (key + value), 10^6 bytes a MB; every run writes a fresh directory or topic; "
            + "`sync` runs (untimed) before each run"));
    report.note("eddy topics: " + topicConfig(FlushPolicy.INTERVAL, 1).toProperties()
        + " (flush.policy and partitions vary per figure)");
    report.note("disk: one FileChannel, " + batchRecords * workload.recordPayloadBytes()
        + "-byte writes, force(false) once at the end, timed");
    report.note("kafka producer: " + KafkaProduceTrial.SETTINGS
        + "; Kafka's broker defaults otherwise, so it acks from the page cache without fsync");
    report.note("reads: Eddy read(offset, " + readBytes + ") in-process; Kafka consumer "
        + KafkaReadTrial.settings(readBytes) + " over loopback");
  }

  private static TopicConfig topicConfig(FlushPolicy policy, int partitions) {
    return TopicConfig.builder().flushPolicy(policy).partitions(partitions).build();
  }

  private static void results(
      Report report,
      Measured disk,
      Map<FlushPolicy, Map<Shape, Measured>> eddy,
      Map<Shape, Measured> kafka,
      Measured eddyRead,
      Measured kafkaRead,
      List<Shape> shapes) {
    Shape single = shapes.get(0);
    Shape groupCommit = shapes.get(1);
    report.note("");
    report.note("log-append-os-vs-disk: Eddy flush=os " + single + " MB/s vs the disk's sequential write MB/s");
    report.result("log-append-os-vs-disk",
        eddy.get(FlushPolicy.OS).get(single).median().megabytesPerSecond(),
        disk.median().megabytesPerSecond(), 1, 0.80);

    Measured bestKafka = best(kafka.values());
    for (FlushPolicy policy : List.of(FlushPolicy.EVERY_BATCH, FlushPolicy.INTERVAL, FlushPolicy.OS)) {
      Measured bestEddy = best(eddy.get(policy).values());
      String name = "log-append-" + policy.configValue() + "-vs-kafka";
      report.note(name + ": best of each side's shapes in records/s: " + bestEddy.name() + " vs " + bestKafka.name());
      report.result(name, bestEddy.median().recordsPerSecond(), bestKafka.median().recordsPerSecond(), 0, 2.0);
    }

    report.note("log-group-commit: Eddy flush=every-batch vs flush=os, both " + groupCommit + ", records/s");
    report.result("log-group-commit",
        eddy.get(FlushPolicy.EVERY_BATCH).get(groupCommit).median().recordsPerSecond(),
        eddy.get(FlushPolicy.OS).get(groupCommit).median().recordsPerSecond(), 0, 0.5);

    report.note("log-read-page-cache: Eddy in-process read vs Kafka consumer, same records, records/s");
    report.result("log-read-page-cache",
        eddyRead.median().recordsPerSecond(), kafkaRead.median().recordsPerSecond(), 0, 1.0);
  }

  private static Measured best(java.util.Collection<Measured> figures) {
    return figures.stream()
        .max(Comparator.comparingDouble(m -> m.median().recordsPerSecond()))
        .orElseThrow();
  }

  /** How many writers write how many partitions. */
  record Shape(int writers, int partitions) {
    @Override
    public String toString() {
      return "writers=" + writers + " partitions=" + partitions;
    }
  }
}
