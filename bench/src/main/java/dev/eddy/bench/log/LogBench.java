package dev.eddy.bench.log;

import dev.eddy.bench.DiskSettle;
import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Trial;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.AppInfoParser;
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
  int records = 1_000_000;

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
  /** Batches a pipelining appender keeps unacknowledged; Kafka's producer allows 5 requests. */
  static final int PIPELINE_DEPTH = 4;

  @Override
  public Integer call() throws Exception {
    Report report = new Report(System.out);
    Workload workload = new Workload(records, valueBytes, batchRecords, 42);
    Trials trials = new Trials(repeats, records, new DiskSettle(), System.err);
    Shape single = new Shape(1, 1);
    Shape groupCommit = new Shape(writers, 1);
    List<Shape> shapes = List.of(single, groupCommit, new Shape(writers, writers));
    describe(report, workload);

    LogFigures figures = new LogFigures();
    Plan plan = new Plan();
    try (ScratchDir scratch = ScratchDir.create("log-bench-");
        EddyReadTrial eddyRead = parts.contains(Part.EDDY)
            ? new EddyReadTrial(scratch, workload, topicConfig(FlushPolicy.OS, 1), readBytes) : null;
        KafkaBroker broker = parts.contains(Part.KAFKA) ? startKafka(report, scratch) : null) {
      report.note("data directory: " + scratch.path() + " (deleted at the end)");
      if (parts.contains(Part.DISK)) {
        plan.add("disk.write fdatasync-at-end", new DiskWriteTrial(scratch, workload, 0), m -> figures.disk = m);
        plan.add("disk.write fdatasync-every-chunk", new DiskWriteTrial(scratch, workload, 1),
            m -> figures.diskSyncEveryChunk = m);
        plan.add("disk.write fdatasync-every-" + writers + "-chunks", new DiskWriteTrial(scratch, workload, writers),
            m -> figures.diskSyncPerWriters = m);
        int pipelined = writers * PIPELINE_DEPTH;
        plan.add("disk.write fdatasync-every-" + pipelined + "-chunks", new DiskWriteTrial(scratch, workload, pipelined),
            m -> figures.diskSyncPerPipelined = m);
      }
      EddyAppendTrial osSingle = null;
      if (eddyRead != null) {
        for (FlushPolicy policy : List.of(FlushPolicy.OS, FlushPolicy.EVERY_BATCH, FlushPolicy.INTERVAL)) {
          for (Shape shape : shapes) {
            EddyAppendTrial trial =
                new EddyAppendTrial(scratch, workload, topicConfig(policy, shape.partitions()), shape.writers());
            osSingle = osSingle == null ? trial : osSingle;
            plan.add("eddy.append flush=" + policy.configValue() + " " + shape, trial,
                m -> figures.eddyAppend(policy, shape, m));
          }
        }
        plan.add("eddy.append flush=every-batch " + groupCommit + " in-flight=" + PIPELINE_DEPTH,
            new EddyAppendTrial(scratch, workload, topicConfig(FlushPolicy.EVERY_BATCH, 1), groupCommit.writers(),
                PIPELINE_DEPTH),
            m -> figures.everyBatchPipelined = m);
        plan.add("eddy.read page-cache " + single, eddyRead, m -> figures.eddyRead = m);
      }
      if (broker != null) {
        KafkaProduceTrial singleWriter = null;
        for (Shape shape : shapes) {
          KafkaProduceTrial trial = new KafkaProduceTrial(broker, workload, shape.writers(), shape.partitions());
          singleWriter = singleWriter == null ? trial : singleWriter;
          plan.add("kafka.produce acks=all " + shape, trial, m -> figures.kafkaProduce.put(shape, m));
        }
        // Runs after the single producer in every round, so it re-reads all of that run's records.
        plan.add("kafka.consume page-cache " + single,
            new KafkaReadTrial(broker, singleWriter::lastTopic, readBytes), m -> figures.kafkaRead = m);
      }

      plan.run(trials, report);
      if (osSingle != null) {
        report.note(String.format(Locale.ROOT,
            "eddy stored %.1f bytes a %d-byte record (framing, CRC and indexes included)",
            (double) osSingle.lastBytesOnDisk() / records, workload.recordPayloadBytes()));
      }
    }
    new LogResults(report, figures).report(single, groupCommit);
    report.finish();
    return 0;
  }

  private static KafkaBroker startKafka(Report report, ScratchDir scratch) throws Exception {
    report.note("starting Apache Kafka " + AppInfoParser.getVersion()
        + " (KRaft, broker+controller in one child JVM) ...");
    KafkaBroker broker = KafkaBroker.start(scratch.newDirectory("kafka"), BROKER_START);
    report.note("Kafka serves at " + broker.bootstrapServers());
    return broker;
  }

  /** The figures to measure, and where each one's result goes once measured. */
  private static final class Plan {
    private final List<Trials.Figure> figures = new ArrayList<>();
    private final List<Consumer<Measured>> sinks = new ArrayList<>();

    void add(String name, Trial trial, Consumer<Measured> sink) {
      figures.add(new Trials.Figure(name, trial));
      sinks.add(sink);
    }

    void run(Trials trials, Report report) throws Exception {
      List<Measured> measured = trials.measure(figures);
      for (int i = 0; i < measured.size(); i++) {
        report.figure(measured.get(i));
        sinks.get(i).accept(measured.get(i));
      }
    }
  }

  private void describe(Report report, Workload workload) {
    report.note(String.format(Locale.ROOT,
        "eddy-bench log: %,d records a run, %d-byte values and %d-byte keys (%d payload bytes a record), "
            + "%d records an Eddy append; median of %d interleaved rounds after a discarded warm-up round of a quarter the size",
        records, valueBytes, Workload.KEY_BYTES, workload.recordPayloadBytes(), batchRecords, repeats));
    report.note("MB/s counts payload bytes (key + value), 10^6 bytes a MB; every run writes a fresh directory "
        + "or topic; `sync` runs, untimed, before each run");
    report.note("eddy topics: " + topicConfig(FlushPolicy.INTERVAL, 1).toProperties()
        + " (flush.policy and partitions vary by figure)");
    report.note("disk: one FileChannel, " + batchRecords * workload.recordPayloadBytes()
        + "-byte writes, force(false) once at the end or after every 1, " + writers + " or "
        + writers * PIPELINE_DEPTH + " writes, inside the timing");
    report.note("kafka producer: " + KafkaProduceTrial.SETTINGS + ", one KafkaProducer a thread; broker defaults "
        + "otherwise, so Kafka acks from the page cache without fsync");
    report.note("reads: Eddy read(offset, " + readBytes + ") in-process; Kafka consumer "
        + KafkaReadTrial.settings(readBytes) + " over loopback");
  }

  private static TopicConfig topicConfig(FlushPolicy policy, int partitions) {
    return TopicConfig.builder().flushPolicy(policy).partitions(partitions).build();
  }
}
