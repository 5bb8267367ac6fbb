package dev.eddy.bench.window;

import dev.eddy.bench.DiskSettle;
import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trials;
import dev.eddy.bench.Trials.Measured;
import dev.eddy.log.FlushPolicy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eddy-bench window-agg}: a count and a sum per key over 1-minute tumbling windows, in
 * Eddy and in Kafka Streams, over the same events; both must end with the reference's totals.
 */
@Command(
    name = "window-agg",
    description = "Windowed aggregation (count and sum per key, 1-minute tumbling windows): Eddy vs Kafka Streams.")
public final class WindowAggBench implements Callable<Integer> {

  static final Duration WINDOW_SIZE = Duration.ofMinutes(1);
  static final Duration GRACE = Duration.ofMinutes(1);
  /** Eddy's default retention (ksqlDB's): the peer keeps windows as long, so both hold every window at the end. */
  static final Duration RETENTION = Duration.ofDays(1);

  @Option(names = "--events", description = "Events per measured run (default: ${DEFAULT-VALUE}).")
  int eventCount = 1_000_000;

  @Option(names = "--keys", description = "Distinct keys (default: ${DEFAULT-VALUE}).")
  int keys = 100_000;

  @Option(names = "--minutes", description = "Minutes of event time the events span (default: ${DEFAULT-VALUE}).")
  int minutes = 10;

  @Option(names = "--trials", description = "Measured runs per engine; the median is reported (default: ${DEFAULT-VALUE}).")
  int trials = 3;

  @Option(names = "--output-flush", description = "flush.policy of Eddy's output topic: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}: the page cache, as a Kafka broker acknowledges by default; Eddy's own default for "
      + "new topics, every_batch, fsyncs every output batch).")
  FlushPolicy outputFlush = FlushPolicy.OS;

  @Option(names = "--seed", description = "Seed of the generated events (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() throws Exception {
    Report report = new Report(System.out);
    long started = System.nanoTime();
    WindowEvents events = new WindowEvents(eventCount, keys, minutes, seed);
    System.err.printf(Locale.ROOT, "generated %,d events in %.1f s%n", eventCount, (System.nanoTime() - started) / 1e9);
    Map<Long, ReferenceAggregation.Expected> cache = new ConcurrentHashMap<>();
    // Every run size is checked against the reference: the warm-up's quarter and the measured runs.
    LongFunction<ReferenceAggregation.Expected> references = n -> cache.computeIfAbsent(n,
        count -> ReferenceAggregation.of(events, count.intValue(), WINDOW_SIZE.toMillis(), GRACE.toMillis()));
    ReferenceAggregation.Expected full = references.apply(eventCount);
    describe(report, events, full);

    Set<String> notes = new LinkedHashSet<>();
    OutcomeCheck eddy = new OutcomeCheck("eddy", references, notes::add);
    OutcomeCheck peer = new OutcomeCheck("kafka-streams", references, notes::add);
    List<Measured> measured;
    try (ScratchDir scratch = ScratchDir.create("window-agg-")) {
      report.note("data directory: " + scratch.path() + " (deleted at the end)");
      EddyWindowAggTrial eddyTrial = new EddyWindowAggTrial(scratch, events, WINDOW_SIZE.toMillis(),
          references, eddy, notes::add, outputFlush);
      KafkaStreamsWindowAggTrial peerTrial =
          new KafkaStreamsWindowAggTrial(scratch, events, WINDOW_SIZE, GRACE, RETENTION, peer);
      measured = new Trials(trials, eventCount, new DiskSettle(), System.err).measure(List.of(
          new Trials.Figure("eddy window-agg (1 task)", eddyTrial),
          new Trials.Figure("kafka-streams window-agg (TopologyTestDriver)", peerTrial)));
    }
    measured.forEach(report::figure);

    List<RunOutcome> eddyRuns = eddy.outcomes(eventCount);
    List<RunOutcome> peerRuns = peer.outcomes(eventCount);
    report.note("final (key, window, count, sum) checksums, last measured run: eddy " + checksum(last(eddyRuns))
        + " | kafka-streams " + checksum(last(peerRuns)) + " | reference " + full.totals().checksum());
    report.note("every run of both engines, warm-up included, matched the reference's checksum (a mismatch stops the run)");
    report.note(String.format(Locale.ROOT,
        "state after the last measured run, %,d (key, window) entries: eddy %,d bytes in its aggregate store, "
            + "kafka-streams %,d bytes in its window store",
        last(eddyRuns).stateEntries(), last(eddyRuns).stateBytes(), last(peerRuns).stateBytes()));
    notes.forEach(report::note);

    Measured eddyFigure = measured.get(0);
    Measured peerFigure = measured.get(1);
    report.note("");
    report.note("window-agg-events-per-core-s: events/s, each engine on one thread (higher is better)");
    report.result("window-agg-events-per-core-s", eddyFigure.median().recordsPerSecond(),
        peerFigure.median().recordsPerSecond(), 0, Double.NaN);
    report.note("window-agg-state-bytes-per-key: encoded bytes per (key, window) entry of the window state, "
        + "as each engine's changelog holds it (lower is better)");
    report.result("window-agg-state-bytes-per-key", median(eddyRuns, RunOutcome::stateBytesPerEntry),
        median(peerRuns, RunOutcome::stateBytesPerEntry), 1, Double.NaN);
    report.note("window-agg-cpu-ns-per-event: CPU time of the whole JVM per event, GC and JIT included (lower is better)");
    report.result("window-agg-cpu-ns-per-event", median(eddyFigure.runs(), Throughput::cpuNanosPerRecord),
        median(peerFigure.runs(), Throughput::cpuNanosPerRecord), 0, Double.NaN);
    report.finish();
    return 0;
  }

  private static RunOutcome last(List<RunOutcome> runs) {
    return runs.get(runs.size() - 1);
  }

  private static WindowTotals.Checksum checksum(RunOutcome run) {
    return run.output().totals().checksum();
  }

  private static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
    double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private void describe(Report report, WindowEvents events, ReferenceAggregation.Expected full) {
    report.note("eddy-bench window-agg: COUNT(*) and SUM(amount) per key, tumbling windows of " + WINDOW_SIZE.toMinutes()
        + " minute, grace " + GRACE.toMinutes() + " minute, EMIT CHANGES (every update emitted)");
    report.note("input: " + events.describe());
    report.note(String.format(Locale.ROOT,
        "expected: %,d events aggregated, %,d late and dropped, %,d (key, window) totals",
        full.accepted(), full.late(), full.totals().windows()));
    report.note("eddy: " + EddyWindowAggTrial.QUERY);
    report.note("  over the events, written first to a 1-partition topic (untimed): one task on one thread; clocked "
        + "from the CREATE TABLE until the aggregate's last change, EXPLAIN ANALYZE polled every 10 ms");
    report.note("  output topic AGG made beforehand with flush.policy=" + outputFlush.configValue()
        + "; the query's changelog and the processing log keep Eddy's default (every-batch)");
    report.note("kafka-streams " + AppInfoParser.getVersion() + ": groupByKey, windowedBy(TimeWindows.ofSizeAndGrace), "
        + "aggregate into an in-memory window store (changelog on, caching off), output to a topic");
    report.note("  run by TopologyTestDriver: a single thread and no broker, a fair per-core peer; clocked while every "
        + "event is piped through. The driver commits after every record and compiles a regex per piped record, "
        + "which a StreamThread would not: the figure is a lower bound for Kafka Streams on one core");
    report.note(String.format(Locale.ROOT,
        "median of %d interleaved rounds after a discarded warm-up round of a quarter the events", trials));
  }
}
