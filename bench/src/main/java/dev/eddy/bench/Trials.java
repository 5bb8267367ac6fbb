package dev.eddy.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs every figure of a harness the same way: one shorter warm-up run each, thrown away (JIT,
 * class loading, a broker's first segment), then rounds in which every figure runs once.
 * Interleaving the rounds spreads a noisy neighbour's bursts over all figures instead of
 * letting one burst land on one figure, so the ratios between figures hold on a shared machine.
 */
public final class Trials {

  /** A named figure and the trial that measures it. */
  public record Figure(String name, Trial trial) {}

  private final int repeats;
  private final long records;
  private final Runnable betweenRuns;
  private final PrintStream progress;

  /**
   * @param betweenRuns untimed work before each run, so one run's leftovers (dirty pages being
   *     written back) are not billed to the next
   * @param progress where to say which round is running (not the report)
   */
  public Trials(int repeats, long records, Runnable betweenRuns, PrintStream progress) {
    if (repeats < 1 || records < 1) {
      throw new IllegalArgumentException("repeats and records must be positive");
    }
    this.repeats = repeats;
    this.records = records;
    this.betweenRuns = betweenRuns;
    this.progress = progress;
  }

  /** @return one {@link Measured} a figure, in the order given */
  public List<Measured> measure(List<Figure> figures) throws Exception {
    List<List<Throughput>> runs = new ArrayList<>();
    progress.println("warm-up round (" + Math.max(1, records / 4) + " records a figure, discarded)");
    for (Figure figure : figures) {
      betweenRuns.run();
      figure.trial().run(Math.max(1, records / 4));
      runs.add(new ArrayList<>());
    }
    for (int round = 1; round <= repeats; round++) {
      progress.println("round " + round + " of " + repeats + " (" + figures.size() + " figures)");
      for (int f = 0; f < figures.size(); f++) {
        long settle = System.nanoTime();
        betweenRuns.run();
        long run = System.nanoTime();
        runs.get(f).add(figures.get(f).trial().run(records));
        progress.printf(Locale.ROOT, "  %-50s settle %5.1f s, run %5.1f s%n", figures.get(f).name(),
            (run - settle) / 1e9, (System.nanoTime() - run) / 1e9);
      }
    }
    List<Measured> measured = new ArrayList<>();
    for (int f = 0; f < figures.size(); f++) {
      measured.add(new Measured(figures.get(f).name(), runs.get(f)));
    }
    return measured;
  }

  /** A figure's runs in the order they ran, and their median by records/s. */
  public record Measured(String name, List<Throughput> runs) {

    public Measured {
      runs = List.copyOf(runs);
    }

    public Throughput median() {
      List<Throughput> sorted = new ArrayList<>(runs);
      sorted.sort(Comparator.comparingDouble(Throughput::recordsPerSecond));
      return sorted.get(sorted.size() / 2);
    }
  }
}
