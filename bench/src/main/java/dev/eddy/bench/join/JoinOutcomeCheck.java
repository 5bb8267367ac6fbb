package dev.eddy.bench.join;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every run of one engine against the reference join and keeps the outcomes. A run
 * whose output differs is not hidden: it is kept as a mismatch, which the report prints in
 * capitals next to the figures and which makes the harness exit non-zero.
 */
final class JoinOutcomeCheck implements Consumer<JoinOutcome> {

  private final String engine;
  private final JoinWorkload workload;
  private final List<JoinOutcome> outcomes = new ArrayList<>();
  private final List<String> mismatches = new ArrayList<>();

  JoinOutcomeCheck(String engine, JoinWorkload workload) {
    this.engine = engine;
    this.workload = workload;
  }

  @Override
  public void accept(JoinOutcome outcome) {
    JoinDigest.Digest want = workload.expected((int) outcome.records());
    if (!outcome.output().equals(want) || outcome.tombstones() != 0) {
      String problem = "OUTPUT MISMATCH: " + engine + " after " + outcome.records() + " input records wrote "
          + outcome.output() + (outcome.tombstones() == 0 ? "" : " and " + outcome.tombstones() + " tombstones")
          + ", the reference join gives " + want;
      mismatches.add(problem);
      System.err.println(problem);
    }
    outcomes.add(outcome);
  }

  List<String> mismatches() {
    return mismatches;
  }

  /** Outcomes of the runs over {@code records} records (the measured runs, not the warm-up). */
  List<JoinOutcome> outcomes(long records) {
    return outcomes.stream().filter(o -> o.records() == records).toList();
  }
}
