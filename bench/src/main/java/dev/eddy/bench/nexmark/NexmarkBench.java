package dev.eddy.bench.nexmark;

import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.log.FlushPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.runtime.util.EnvironmentInformation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eddy-bench nexmark}: nexmark's queries on Eddy and on Apache Flink SQL, over the same
 * generated events. Per query: a correctness check on a small run (both engines' final results
 * compared row for row where the query is deterministic), then {@code --trials} interleaved
 * measured runs per engine; the medians give {@code RESULT nexmark-qN eddy=<events/s>
 * peer=<events/s> ratio=<eddy/peer>}, and a last line gives the geometric mean of the ratios.
 */
@Command(name = "nexmark", description = "Nexmark q0-q22: Eddy vs Apache Flink SQL (local mini-cluster).")
public final class NexmarkBench implements Callable<Integer> {

  @Option(names = "--events", description = "Events per measured run of the stateless queries, all kinds together "
      + "(default: ${DEFAULT-VALUE}).")
  long events = 10_000_000;

  @Option(names = "--stateful-events", description = "Events per measured run of the queries that keep state "
      + "(Eddy writes a table) (default: ${DEFAULT-VALUE}).")
  long statefulEvents = 1_000_000;

  @Option(names = "--eddy-timeout", description = "Seconds a measured Eddy run may take; one that takes longer is "
      + "stopped and its events/s reported as an upper bound (default: ${DEFAULT-VALUE}).")
  long eddyTimeoutSeconds = 120;

  @Option(names = "--check-events", description = "Events of the correctness check (default: ${DEFAULT-VALUE}).")
  long checkEvents = 10_000;

  @Option(names = "--trials", description = "Measured runs per engine and query; the median is reported "
      + "(default: ${DEFAULT-VALUE}).")
  int trials = 3;

  @Option(names = "--partitions", description = "Partitions of Eddy's input topics, so Eddy's tasks per stage; "
      + "Flink runs with the same parallelism (default: ${DEFAULT-VALUE}).")
  int partitions = 1;

  @Option(names = "--queries", split = ",", description = "Queries to run, e.g. q0,q1,q2 (default: all).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--quick", description = "A quick try: 200,000 events, one trial.")
  boolean quick;

  @Option(names = "--output-flush", description = "flush.policy of Eddy's sink topic: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}: the page cache, as a Kafka broker acknowledges by default).")
  FlushPolicy outputFlush = FlushPolicy.OS;

  @Option(names = "--seed", description = "Seed of the generated events (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() throws Exception {
    if (quick) {
      events = 200_000;
      statefulEvents = 50_000;
      trials = 1;
    }
    List<NexmarkQuery> selected = queries.isEmpty() ? NexmarkQueries.ALL
        : queries.stream().map(NexmarkQueries::named).toList();
    Report report = new Report(System.out);
    long started = System.nanoTime();
    NexmarkEvents stateless = NexmarkGenerator.generate(new NexmarkConfig(events, seed));
    NexmarkEvents stateful = NexmarkGenerator.generate(new NexmarkConfig(statefulEvents, seed));
    NexmarkEvents small = NexmarkGenerator.generate(new NexmarkConfig(checkEvents, seed));
    System.err.printf(Locale.ROOT, "generated %,d + %,d + %,d events in %.1f s%n", events, statefulEvents, checkEvents,
        (System.nanoTime() - started) / 1e9);
    describe(report, stateless, stateful);
    NexmarkResults results = new NexmarkResults(report);
    try (ScratchDir scratch = ScratchDir.create("nexmark-")) {
      started = System.nanoTime();
      Input statelessInput = new Input(stateless, new EddyInput(scratch.newDirectory("input-stateless"), stateless,
          partitions));
      Input statefulInput = new Input(stateful, new EddyInput(scratch.newDirectory("input-stateful"), stateful,
          partitions));
      Input smallInput = new Input(small, new EddyInput(scratch.newDirectory("input-check"), small, partitions));
      System.err.printf(Locale.ROOT, "wrote Eddy's input topics in %.1f s under %s%n",
          (System.nanoTime() - started) / 1e9, scratch.path());
      EddyRunner eddy = new EddyRunner(scratch, outputFlush, Duration.ofSeconds(eddyTimeoutSeconds));
      FlinkRunner flink = new FlinkRunner(partitions);
      for (NexmarkQuery query : selected) {
        runQuery(query, eddy, flink, query.eddyTable() ? statefulInput : statelessInput, smallInput, results);
      }
    }
    results.finish();
    return 0;
  }

  /** The same events for both engines: in memory for Flink, in the template log for Eddy. */
  private record Input(NexmarkEvents events, EddyInput eddy) {}

  private void runQuery(NexmarkQuery query, EddyRunner eddy, FlinkRunner flink, Input measured, Input small,
      NexmarkResults results) throws Exception {
    String label = query.name() + " (" + query.title() + ")";
    if (query.skip() != null) {
      results.skipped(query, query.skip());
      return;
    }
    System.err.println(label + ": correctness check on " + small.events().total() + " events");
    RunOutcome eddyCheck;
    try {
      eddyCheck = eddy.run(query, small.eddy(), true);
    } catch (EddyCannotRun e) {
      results.skipped(query, "Eddy cannot run it yet (" + e.getMessage() + ")");
      return;
    }
    RunOutcome flinkCheck = flink.run(query, small.events(), true);
    results.checked(query, eddyCheck.rows(), flinkCheck.rows());
    List<RunOutcome> eddyRuns = new ArrayList<>();
    List<RunOutcome> flinkRuns = new ArrayList<>();
    for (int trial = 1; trial <= trials; trial++) {
      eddyRuns.add(eddy.run(query, measured.eddy(), false));
      flinkRuns.add(flink.run(query, measured.events(), false));
      System.err.printf(Locale.ROOT, "  %s trial %d of %d: eddy %.1f s%s, flink %.1f s%n", query.name(), trial, trials,
          last(eddyRuns).wallNanos() / 1e9, last(eddyRuns).timedOut() ? " (timed out)" : "",
          last(flinkRuns).wallNanos() / 1e9);
    }
    results.measured(query, measured.events().total(), eddyRuns, flinkRuns);
  }

  private static RunOutcome last(List<RunOutcome> runs) {
    return runs.get(runs.size() - 1);
  }

  private void describe(Report report, NexmarkEvents measured, NexmarkEvents stateful) {
    report.note("eddy-bench nexmark: nexmark's queries in Eddy and in Apache Flink " + EnvironmentInformation.getVersion()
        + " SQL, over the same generated events");
    report.note("input of the stateless queries: " + measured.describe());
    report.note("input of the stateful queries (Eddy writes a table): " + stateful.describe());
    report.note(String.format(Locale.ROOT, "eddy: the events written first (untimed) to topics person, auction, bid "
        + "(JSON values, %d partition(s) each); each query a persistent query, %d task(s) per stage; clocked from the "
        + "CREATE until its counters stop (EXPLAIN ANALYZE every 10 ms), confirmed by every task committing its last "
        + "offset, which a task does once its output is durable; sink topic flush.policy=%s", partitions, partitions,
        outputFlush.configValue()));
    report.note(String.format(Locale.ROOT, "flink: a local mini-cluster in this JVM, parallelism %d, the events read "
        + "from memory as Flink's internal rows (no parsing), watermark customTime - 4 s, heap state, no checkpoints, "
        + "a blackhole sink; clocked from the first source reader opening to the job's end", partitions));
    report.note("events/s counts every event of the run (persons, auctions and bids), as nexmark does, whichever "
        + "kinds a query reads; median of " + trials + " interleaved trial(s) per engine and query; an Eddy run still "
        + "going after " + eddyTimeoutSeconds + " s is stopped and counted as done then (an upper bound)");
    report.note("correctness: before the trials each query runs on " + checkEvents + " events in both engines; the "
        + "final results (a stream's rows, a table's last row per key) must be equal as multisets");
  }
}
