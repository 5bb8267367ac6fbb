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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /** The parts of a run; all by default, fewer while working on one of them. */
  enum Part { DISK, EDDY, KAFKA }

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

  @Option(names = "--only", split = ",", paramLabel = "PART",
      description = "Run only these parts: ${COMPLETION-CANDIDATES} (default: all). RESULT lines need both sides.")
  Set<Part> parts = EnumSet.allOf(Part.class);

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private static final Duration BROKER_START = Duration.ofSeconds(90);

  @Override
  public Integer call() throws Exception {
    Report report = new Report(System.out);
    Workload workload = new Workload(records, valueBytes, batchRecords, 42);
    Trials trials = new Trials(repeats, records, new DiskSettle());
    Shape single = new Shape(1, 1);
    Shape groupCommit = new Shape(writers, 1);
    List<Shape> shapes = List.of(single, groupCommit, new Shape(writers, writers));
    describe(report, workload);

    LogFigures figures = new LogFigures();
    try (ScratchDir scratch = ScratchDir.create("log-bench-")) {
      report.note("data directory: " + scratch.path() + " (deleted at the end)");
      if (parts.contains(Part.DISK)) {
        figures.disk = trials.measure("disk.write fdatasync-at-end", new DiskWriteTrial(scratch, workload));
        report.figure(figures.disk);
      }
      if (parts.contains(Part.EDDY)) {
        measureEddy(report, trials, scratch, workload, shapes, figures);
      }
      if (parts.contains(Part.KAFKA)) {
        measureKafka(report, trials, scratch, workload, shapes, figures);
      }
    }
    new LogResults(report, figures).report(single, groupCommit);
    report.finish();
    return 0;
  }

  private void measureEddy(Report report, Trials trials, ScratchDir scratch, Workload workload,
      List<Shape> shapes, LogFigures figures) throws Exception {
    for (FlushPolicy policy : FlushPolicy.values()) {
      for (Shape shape : shapes) {
        EddyAppendTrial trial =
            new EddyAppendTrial(scratch, workload, topicConfig(policy, shape.partitions()), shape.writers());
        Measured figure = trials.measure("eddy.append flush=" + policy.configValue() + " " + shape, trial);
        report.figure(figure);
        figures.eddyAppend(policy, shape, figure);
        if (policy == FlushPolicy.OS && shape.equals(shapes.get(0))) {
          report.note(String.format(Locale.ROOT,
              "  eddy stored %.1f bytes a %d-byte record (framing, CRC and indexes included)",
              (double) trial.lastBytesOnDisk() / records, workload.recordPayloadBytes()));
        }
      }
    }
    try (EddyReadTrial read = new EddyReadTrial(scratch, workload, topicConfig(FlushPolicy.OS, 1), readBytes)) {
      figures.eddyRead = trials.measure("eddy.read page-cache " + shapes.get(0), read);
    }
    report.figure(figures.eddyRead);
  }

  private void measureKafka(Report report, Trials trials, ScratchDir scratch, Workload workload,
      List<Shape> shapes, LogFigures figures) throws Exception {
    report.note("starting Apache Kafka (KRaft, broker+controller, one node) ...");
    try (KafkaBroker broker = KafkaBroker.start(scratch.newDirectory("kafka"), BROKER_START)) {
      report.note("  Kafka serves at " + broker.bootstrapServers());
      KafkaProduceTrial singleWriter = null;
      for (Shape shape : shapes) {
        KafkaProduceTrial trial = new KafkaProduceTrial(broker, workload, shape.writers(), shape.partitions());
        singleWriter = singleWriter == null ? trial : singleWriter;
        Measured figure = trials.measure("kafka.produce acks=all " + shape, trial);
        report.figure(figure);
        figures.kafkaProduce.put(shape, figure);
      }
      // Re-reads the topic the single producer wrote last: all the records, in one partition.
      figures.kafkaRead = trials.measure("kafka.consume page-cache " + shapes.get(0),
          new KafkaReadTrial(broker, singleWriter::lastTopic, readBytes));
      report.figure(figures.kafkaRead);
    }
  }

  private void describe(Report report, Workload workload) {
    report.note(String.format(Locale.ROOT,
        "eddy-bench log: %,d records a run, %d-byte values and %d-byte keys (%d payload bytes a record), "
            + "%d records an Eddy append; median of %d runs after a discarded warm-up run of a quarter the size",
        records, valueBytes, Workload.KEY_BYTES, workload.recordPayloadBytes(), batchRecords, repeats));
    report.note("MB/s counts payload bytes (key + value), 10^6 bytes a MB; every run writes a fresh directory "
        + "or topic; `sync` runs, untimed, before each run");
    report.note("eddy topics: " + topicConfig(FlushPolicy.INTERVAL, 1).toProperties()
        + " (flush.policy and partitions vary by figure)");
    report.note("disk: one FileChannel, " + batchRecords * workload.recordPayloadBytes()
        + "-byte writes, force(false) once at the end, inside the timing");
    report.note("kafka producer: " + KafkaProduceTrial.SETTINGS + ", one KafkaProducer a thread; broker defaults "
        + "otherwise, so Kafka acks from the page cache without fsync");
    report.note("reads: Eddy read(offset, " + readBytes + ") in-process; Kafka consumer "
        + KafkaReadTrial.settings(readBytes) + " over loopback");
  }

  private static TopicConfig topicConfig(FlushPolicy policy, int partitions) {
    return TopicConfig.builder().flushPolicy(policy).partitions(partitions).build();
  }
}
