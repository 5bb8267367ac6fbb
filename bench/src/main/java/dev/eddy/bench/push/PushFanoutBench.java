package dev.eddy.bench.push;

import dev.eddy.bench.Report;
import dev.eddy.bench.ScratchDir;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.server.EddyServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eddy-bench push-fanout}: the cost of many clients on one push query. A server runs in
 * this JVM; {@code --clients} HTTP clients run the same push query over one stream while rows
 * go in through {@code /inserts-stream}, and each row's time from its insert's ack to its arrival
 * at each client is recorded.
 *
 * <p>The issue names no peer for this figure, so the "peer" is the same run with one client:
 * the ratio is what fanning out to many clients costs.
 */
@Command(name = "push-fanout",
    description = "Push-query fan-out: ack-to-delivery latency and heap with many clients vs one.")
public final class PushFanoutBench implements Callable<Integer> {

  @Option(names = "--clients", description = "Push-query clients of the fan-out figure (default: ${DEFAULT-VALUE}).")
  int clients = 1_000;

  @Option(names = "--rate", description = "Rows inserted a second (default: ${DEFAULT-VALUE}).")
  int rate = 10_000;

  @Option(names = "--seconds", description = "Seconds of inserts a run (default: ${DEFAULT-VALUE}).")
  int seconds = 3;

  @Option(names = "--repeats", description = "Measured runs a figure; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeats = 3;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private long idleHeap;

  @Override
  public Integer call() throws Exception {
    Report report = new Report(System.out);
    int rows = rate * seconds;
    report.note(String.format(Locale.ROOT, "eddy-bench push-fanout: %,d rows at %,d rows/s through one "
        + "/inserts-stream (flush.policy=every-batch: acked once fsynced), to %,d clients of one push query "
        + "vs 1 client; median of %d interleaved rounds after a discarded warm-up round", rows, rate, clients,
        repeats));
    report.note("peer = the same run with a single client (no peer system is named for this figure), "
        + "so ratio = the cost of fanning out; server and clients share this JVM and its cores");
    report.note("heap = used after a full GC once the last insert is acked, in-process clients included; "
        + "heap-growth = that less the heap with the server up and no clients");
    List<FanoutRun> fanOut = new ArrayList<>();
    List<FanoutRun> single = new ArrayList<>();
    try (ScratchDir scratch = ScratchDir.create("push-fanout-");
        Engine engine = Engine.open(EngineConfig.of(scratch.path()));
        EddyServer server = EddyServer.start(engine, "127.0.0.1", 0, EddyServer.DEFAULT_MAX_REQUEST_BYTES)) {
      FanoutTrial trial = new FanoutTrial(engine, server);
      // Once, before any client: a run's own start may still hold the previous run's client.
      idleHeap = FanoutTrial.heapUsedAfterGc();
      report.note(String.format(Locale.ROOT, "heap with the server up and no clients: %.1f MB", idleHeap / 1e6));
      System.err.println("warm-up round (discarded)");
      trial.run(clients, rate, Math.max(rate, rows / 4));
      trial.run(1, rate, Math.max(rate, rows / 4));
      for (int round = 1; round <= repeats; round++) {
        System.err.println("round " + round + " of " + repeats);
        fanOut.add(note(report, clients, trial.run(clients, rate, rows)));
        single.add(note(report, 1, trial.run(1, rate, rows)));
      }
    }
    report.result("push-fanout.p50-us", median(fanOut, FanoutRun::p50Micros), median(single, FanoutRun::p50Micros),
        0, Double.NaN);
    report.result("push-fanout.p99-us", median(fanOut, FanoutRun::p99Micros), median(single, FanoutRun::p99Micros),
        0, Double.NaN);
    // Latencies only cover the rows that arrived; this says how many did.
    report.result("push-fanout.delivered-pct", median(fanOut, PushFanoutBench::deliveredPerMille) / 10.0,
        median(single, PushFanoutBench::deliveredPerMille) / 10.0, 1, Double.NaN);
    report.result("push-fanout.heap-mb", median(fanOut, FanoutRun::heapBytes) / 1e6,
        median(single, FanoutRun::heapBytes) / 1e6, 1, Double.NaN);
    report.result("push-fanout.heap-growth-mb", median(fanOut, this::heapGrowth) / 1e6,
        median(single, this::heapGrowth) / 1e6, 1, Double.NaN);
    report.finish();
    return 0;
  }

  private FanoutRun note(Report report, int clients, FanoutRun run) {
    report.note(String.format(Locale.ROOT, "run %5d client(s): ack->delivery p50 %,8d us  p99 %,8d us"
        + "  heap %6.1f MB (+%5.1f)  delivered %,d of %,d rows (%.1f%%), %d client(s) cut off,"
        + " %,d rows before their ack",
        clients, run.p50Micros(), run.p99Micros(), run.heapBytes() / 1e6, heapGrowth(run) / 1e6,
        run.delivered(), run.expected(),
        100.0 * run.delivered() / run.expected(), run.cutOff(), run.beforeAck()));
    return run;
  }

  private long heapGrowth(FanoutRun run) {
    return run.heapBytes() - idleHeap;
  }

  private static long deliveredPerMille(FanoutRun run) {
    return run.delivered() * 1000 / run.expected();
  }

  private static long median(List<FanoutRun> runs, ToLongFunction<FanoutRun> figure) {
    List<Long> values = new ArrayList<>(runs.stream().map(figure::applyAsLong).toList());
    values.sort(Comparator.naturalOrder());
    return values.get(values.size() / 2);
  }
}
