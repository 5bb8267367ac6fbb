package dev.eddy.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints what a harness found: one line per figure as it completes, then the verdicts on the
 * targets, then the RESULT lines last, so scripts can take the tail of the output.
 */
public final class Report {

  private final PrintStream out;
  private final List<String> verdicts = new ArrayList<>();
  private final List<String> results = new ArrayList<>();

  public Report(PrintStream out) {
    this.out = out;
  }

  public void note(String line) {
    out.println(line);
    out.flush();
  }

  public void figure(Trials.Measured figure) {
    Throughput median = figure.median();
    String runs =
        figure.runs().stream()
            .map(t -> String.format(Locale.ROOT, "%.0f", t.recordsPerSecond()))
            .collect(Collectors.joining(" "));
    note(
        String.format(
            Locale.ROOT,
            "figure %-50s %10.0f records/s %7.1f MB/s %6.0f ns-cpu/record  (median of %d; runs %s records/s)",
            figure.name(),
            median.recordsPerSecond(),
            median.megabytesPerSecond(),
            median.cpuNanosPerRecord(),
            figure.runs().size(),
            runs));
  }

  /**
   * Records a RESULT line (printed by {@link #finish()}) and whether the ratio met its target.
   *
   * @param decimals how many decimals the values need (records/s are whole, MB/s are not)
   * @param target the ratio to reach, or NaN for a comparison that only informs
   */
  public void result(String name, double eddy, double peer, int decimals, double target) {
    double ratio = eddy / peer;
    String value = "%." + decimals + "f";
    results.add(
        String.format(
            Locale.ROOT, "RESULT %s eddy=" + value + " peer=" + value + " ratio=%.2f",
            name, eddy, peer, ratio));
    verdicts.add(
        Double.isNaN(target)
            ? String.format(Locale.ROOT, "target %-38s ratio %.2f, no target", name, ratio)
            : String.format(
                Locale.ROOT,
                "target %-38s ratio %.2f, target >= %.2f: %s",
                name,
                ratio,
                target,
                ratio >= target ? "met" : "MISSED"));
  }

  public void finish() {
    out.println();
    verdicts.forEach(out::println);
    results.forEach(out::println);
    out.flush();
  }
}
