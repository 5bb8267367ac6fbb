package dev.eddy.bench.nexmark;

import dev.eddy.bench.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the nexmark harness found, printed as it goes (checks, skips, per-query figures) and at
 * the end (targets, RESULT lines, then the geometric mean of the ratios).
 */
final class NexmarkResults {

  /** The targets: 2x Flink on the stateless queries, 1.5x on q3-q8. */
  private static final Set<String> STATELESS = Set.of("q0", "q1", "q2");
  private static final Set<String> JOINS_AND_WINDOWS = Set.of("q3", "q4", "q5", "q6", "q7", "q8");

  private final Report report;
  private final List<String> skips = new ArrayList<>();
  private final List<String> checks = new ArrayList<>();
  private final List<Double> ratios = new ArrayList<>();
  private final List<String> measuredNames = new ArrayList<>();
  private int mismatches;

  NexmarkResults(Report report) {
    this.report = report;
  }

  void skipped(NexmarkQuery query, String why) {
    String line = "skipped " + query.name() + " (" + query.title() + "): " + why;
    skips.add(line);
    report.note(line);
  }

  void checked(NexmarkQuery query, OutputRows eddy, OutputRows flink) {
    String line;
    if (!query.output().deterministic()) {
      line = String.format(Locale.ROOT, "check %s: not compared (%s); eddy %,d rows, flink %,d rows", query.name(),
          query.output().nondeterministic(), eddy.size(), flink.size());
    } else if (eddy.sameAs(flink)) {
      line = String.format(Locale.ROOT, "check %s: equal, %,d rows in both", query.name(), eddy.size());
    } else {
      mismatches++;
      line = String.format(Locale.ROOT, "check %s: DIFFERENT, eddy %,d rows, flink %,d rows; first differences:%n    %s",
          query.name(), eddy.size(), flink.size(), String.join("\n    ", eddy.differences(flink, "eddy", "flink", 8)));
    }
    checks.add(line);
    report.note(line);
  }

  void measured(NexmarkQuery query, long events, List<RunOutcome> eddyRuns, List<RunOutcome> flinkRuns) {
    double eddy = median(eddyRuns, events);
    double flink = median(flinkRuns, events);
    long timedOut = eddyRuns.stream().filter(RunOutcome::timedOut).count();
    report.note(String.format(Locale.ROOT, "figure nexmark-%-4s %,d events: eddy %,11.0f events/s (runs %s)  "
        + "flink %,11.0f events/s (runs %s)  ratio %.2f%s", query.name(), events, eddy, runs(eddyRuns, events), flink,
        runs(flinkRuns, events), eddy / flink, timedOut == 0 ? ""
            : "; " + timedOut + " Eddy run(s) timed out: Eddy's figure is an upper bound"));
    double target = STATELESS.contains(query.name()) ? 2.0 : JOINS_AND_WINDOWS.contains(query.name()) ? 1.5 : Double.NaN;
    report.result("nexmark-" + query.name(), eddy, flink, 0, target);
    ratios.add(eddy / flink);
    measuredNames.add(query.name());
  }

  void finish() {
    report.note("");
    report.note("correctness checks: " + checks.size() + " run, " + mismatches + " different");
    report.note("skipped: " + skips.size() + " quer" + (skips.size() == 1 ? "y" : "ies"));
    report.finish();
    if (!ratios.isEmpty()) {
      double logSum = ratios.stream().mapToDouble(Math::log).sum();
      System.out.printf(Locale.ROOT, "GEOMEAN nexmark ratio=%.2f over %d queries (%s)%n",
          Math.exp(logSum / ratios.size()), ratios.size(), String.join(" ", measuredNames));
    }
  }

  private static double median(List<RunOutcome> runs, long events) {
    double[] sorted = runs.stream().mapToDouble(r -> r.eventsPerSecond(events)).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static String runs(List<RunOutcome> runs, long events) {
    return runs.stream().map(r -> String.format(Locale.ROOT, r.timedOut() ? "<%.0f" : "%.0f", r.eventsPerSecond(events)))
        .collect(Collectors.joining(" "));
  }
}
