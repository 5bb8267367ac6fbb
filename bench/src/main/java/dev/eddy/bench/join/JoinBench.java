package dev.eddy.bench.join;

import dev.eddy.bench.DiskSettle;
import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trials;
import dev.eddy.bench.Trials.Measured;
import dev.eddy.log.FlushPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Runs one join workload in Eddy and in Kafka Streams, interleaved, and reports events/s per
 * core, CPU per event and whether both engines wrote the reference join's rows. Events are
 * input records of every source (stream rows and table rows alike), the same count for both.
 */
final class JoinBench {

  private final JoinWorkload workload;
  private final int trials;
  private final FlushPolicy outputFlush;

  JoinBench(JoinWorkload workload, int trials, FlushPolicy outputFlush) {
    this.workload = workload;
    this.trials = trials;
    this.outputFlush = outputFlush;
  }

  /** @return the exit code: 0, or 1 when an engine's output differed from the reference */
  int run() throws Exception {
    Report report = new Report(System.out);
    String name = workload.name();
    int records = workload.input().size();
    long started = System.nanoTime();
    JoinDigest.Digest full = workload.expected(records);
    System.err.printf(Locale.ROOT, "reference join of %,d records in %.1f s%n", records,
        (System.nanoTime() - started) / 1e9);
    report.note("eddy-bench " + name + ":");
    workload.describe().forEach(line -> report.note("  " + line));
    report.note(String.format(Locale.ROOT, "  expected: %,d join rows (reference join, %s)", full.rows(), full));
    report.note("  eddy: sources written first to 1-partition topics (untimed); clocked from the CREATE STREAM until "
        + "the operator after the join handed the sink its last row, EXPLAIN ANALYZE polled every 10 ms; output topic "
        + "made beforehand with flush.policy=" + outputFlush.configValue());
    report.note("  kafka-streams " + AppInfoParser.getVersion() + " by TopologyTestDriver: one thread, no broker, "
        + "caching off; clocked while every record is piped through in the input's event-time order (the driver "
        + "commits after every record: a lower bound for Kafka Streams on one core)");
    report.note(String.format(Locale.ROOT,
        "  median of %d interleaved rounds after a discarded warm-up round of a quarter the records", trials));

    JoinOutcomeCheck eddy = new JoinOutcomeCheck("eddy", workload);
    JoinOutcomeCheck peer = new JoinOutcomeCheck("kafka-streams", workload);
    List<Measured> measured;
    try (ScratchDir scratch = ScratchDir.create(name + "-")) {
      report.note("data directory: " + scratch.path() + " (deleted at the end)");
      measured = new Trials(trials, records, new DiskSettle(), System.err).measure(List.of(
          new Trials.Figure("eddy " + name, new EddyJoinTrial(scratch, workload, outputFlush, eddy)),
          new Trials.Figure("kafka-streams " + name + " (TopologyTestDriver)",
              new KafkaStreamsJoinTrial(scratch, workload, peer))));
    }
    measured.forEach(report::figure);

    List<String> mismatches = new ArrayList<>(eddy.mismatches());
    mismatches.addAll(peer.mismatches());
    JoinOutcome lastEddy = last(eddy.outcomes(records));
    JoinOutcome lastPeer = last(peer.outcomes(records));
    report.note("output, last measured run: eddy " + lastEddy.output() + " | kafka-streams " + lastPeer.output()
        + " | reference " + full);
    if (mismatches.isEmpty()) {
      report.note("every run of both engines, warm-up included, wrote exactly the reference join's rows "
          + "(same count and digest over key, values and timestamp)");
    } else {
      report.note("!!! THE ENGINES' OUTPUTS DIFFER: the figures below do not compare like with like !!!");
      mismatches.forEach(report::note);
    }
    report.note(String.format(Locale.ROOT, "eddy's join state after the last measured run: %,d keys, %,d bytes "
        + "(as of its last commit)", lastEddy.stateKeys(), lastEddy.stateBytes()));

    Measured eddyFigure = measured.get(0);
    Measured peerFigure = measured.get(1);
    report.note("");
    report.note(name + "-events-per-core-s: input records/s, each engine on one thread (higher is better)");
    report.result(name + "-events-per-core-s", eddyFigure.median().recordsPerSecond(),
        peerFigure.median().recordsPerSecond(), 0, Double.NaN);
    report.note(name + "-cpu-ns-per-event: CPU time of the whole JVM per input record, GC and JIT included "
        + "(lower is better)");
    report.result(name + "-cpu-ns-per-event", median(eddyFigure.runs(), Throughput::cpuNanosPerRecord),
        median(peerFigure.runs(), Throughput::cpuNanosPerRecord), 0, Double.NaN);
    report.finish();
    if (!mismatches.isEmpty()) {
      System.out.println("OUTPUT MISMATCH: " + mismatches.size() + " runs differ from the reference join (see above)");
      return 1;
    }
    return 0;
  }

  private static JoinOutcome last(List<JoinOutcome> runs) {
    return runs.get(runs.size() - 1);
  }

  private static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
    double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
    return sorted[sorted.length / 2];
  }
}
