package dev.eddy.bench.window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Checks every run of one engine against the reference and keeps the outcomes. Final totals
 * that differ end the benchmark: a fast engine that counts wrong has no figure worth printing.
 * Anything else unexpected (extra output records, tombstones, a different number of windows
 * in state) is a note in the report.
 */
final class OutcomeCheck implements Consumer<RunOutcome> {

  private final String engine;
  private final LongFunction<ReferenceAggregation.Expected> references;
  private final Consumer<String> notes;
  private final List<RunOutcome> outcomes = new ArrayList<>();

  OutcomeCheck(String engine, LongFunction<ReferenceAggregation.Expected> references, Consumer<String> notes) {
    this.engine = engine;
    this.references = references;
    this.notes = notes;
  }

  @Override
  public void accept(RunOutcome outcome) {
    ReferenceAggregation.Expected expected = references.apply(outcome.events());
    WindowTotals.Checksum want = expected.totals().checksum();
    WindowTotals.Checksum got = outcome.output().totals().checksum();
    if (!got.equals(want)) {
      throw new IllegalStateException(engine + "'s final window totals after " + outcome.events()
          + " events differ from the reference:\n  " + engine + ":    " + got + "\n  reference: " + want
          + "\n  first differences ((key, window): " + engine + " vs reference):\n    "
          + String.join("\n    ", outcome.output().totals().differences(expected.totals(), 10)));
    }
    if (outcome.output().records() != expected.accepted() || outcome.output().tombstones() != 0) {
      notes.accept(engine + ": the output topic holds " + outcome.output().records() + " records ("
          + outcome.output().tombstones() + " tombstones, " + outcome.output().tombstonesReplacedAtOnce()
          + " of them followed at once by the same window's new value) for " + expected.accepted()
          + " accepted events; one upsert per accepted event was expected");
    }
    if (outcome.stateEntries() != expected.totals().windows()) {
      notes.accept(engine + ": its state holds " + outcome.stateEntries() + " (key, window) entries, the reference "
          + expected.totals().windows());
    }
    outcomes.add(outcome);
  }

  /** Outcomes of the runs over {@code events} events (the measured runs, not the warm-up). */
  List<RunOutcome> outcomes(long events) {
    return outcomes.stream().filter(o -> o.events() == events).toList();
  }
}
