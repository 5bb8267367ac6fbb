package dev.eddy.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a figure the same way for every system: one shorter warm-up run that is thrown away (so
 * the JIT and the page cache of the code are warm), then the measured runs, reporting the median.
 */
public final class Trials {

  private final int repeats;
  private final long records;
  private final Runnable betweenRuns;

  /**
   * @param betweenRuns untimed work before each run, so one run's leftovers (dirty pages being
   *     written back) are not billed to the next
   */
  public Trials(int repeats, long records, Runnable betweenRuns) {
    if (repeats < 1 || records < 1) {
      throw new IllegalArgumentException("repeats and records must be positive");
    }
    this.repeats = repeats;
    this.records = records;
    this.betweenRuns = betweenRuns;
  }

  public long records() {
    return records;
  }

  public int repeats() {
    return repeats;
  }

  public Measured measure(String name, Trial trial) throws Exception {
    betweenRuns.run();
    trial.run(Math.max(1, records / 4));
    List<Throughput> runs = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      betweenRuns.run();
      runs.add(trial.run(records));
    }
    return new Measured(name, runs);
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
