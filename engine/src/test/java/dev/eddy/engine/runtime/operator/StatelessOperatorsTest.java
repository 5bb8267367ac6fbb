package dev.eddy.engine.runtime.operator;

import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.OperatorHarness;
import org.junit.jupiter.api.Test;

class StatelessOperatorsTest {

  @Test
  void calcFiltersAndProjectsKeepingKindsAndRowtimes() {
    // WHERE AMOUNT > 10 SELECT ID, AMOUNT * 2
    OperatorHarness harness = OperatorHarness.of(new CalcOperator(
        row -> (Integer) row[1] > 10 ? new Object[] {row[0], (Integer) row[1] * 2} : null));

    harness.process(
        insert(1000, "a", 5),
        insert(1001, "b", 11),
        updateBefore(1002, "b", 11),
        updateAfter(1002, "b", 12),
        delete(1003, "b", 12));

    assertThat(harness.output()).containsExactly(
        "+I[b, 22] @1001",
        "-U[b, 22] @1002",
        "+U[b, 24] @1002",
        "-D[b, 24] @1003");
  }

  @Test
  void calcSkipsRowsThatFailAndLogsThem() {
    OperatorHarness harness = OperatorHarness.of(new CalcOperator(
        row -> new Object[] {100 / (Integer) row[0]}));

    harness.process(insert(1, 4), insert(2, 0), insert(3, 5));

    assertThat(harness.output()).containsExactly("+I[25] @1", "+I[20] @3");
    assertThat(harness.processingLog().entries()).containsExactly(new ProcessingLogEntry(
        42L, OperatorHarness.QUERY_ID, "0:Calc", ProcessingErrorType.EVALUATION_ERROR, "/ by zero", null,
        null, null, null, null, null, "+I[0] @2"));
    assertThat(harness.metrics().get(0).toString()).isEqualTo("0:Calc{in=3, out=2, errors=1}");
  }

  @Test
  void chainedCalcsCountTheirOwnRows() {
    OperatorHarness harness = OperatorHarness.of(
        new CalcOperator(row -> ((String) row[0]).startsWith("x") ? row : null),
        new CalcOperator(row -> new Object[] {((String) row[0]).toUpperCase(), row[1]}));

    harness.process(insert(1, "xa", 1), insert(2, "yb", 2), updateAfter(3, "xc", null));

    assertThat(harness.output()).containsExactly("+I[XA, 1] @1", "+U[XC, null] @3");
    assertThat(harness.metrics()).extracting(Object::toString).containsExactly(
        "0:Calc{in=3, out=2, errors=0}", "1:Calc{in=2, out=2, errors=0}");
  }

  @Test
  void fullOutputBatchesAreHandedOnBeforeTheInputEnds() {
    OperatorHarness harness = OperatorHarness.withBatchCapacity(2,
        new CalcOperator(row -> new Object[] {row[0]}));

    harness.process(insert(1, 1), insert(2, 2), insert(3, 3), insert(4, 4), insert(5, 5));

    assertThat(harness.outputBatchSizes()).containsExactly(2, 2, 1);
    assertThat(harness.output()).hasSize(5);
  }

  @Test
  void aFilterThatSplitsAnUpdateTurnsItIntoADeleteOrAnInsert() {
    // HAVING qty > 1 over a group's updates: 2 -> 1 leaves the table, 1 -> 3 enters it again
    OperatorHarness harness = OperatorHarness.of(
        new CalcOperator(row -> (Integer) row[1] > 1 ? new Object[] {row[0], row[1]} : null));

    harness.process(insert(1, "a", 2), updateBefore(2, "a", 2), updateAfter(2, "a", 1),
        updateBefore(3, "a", 1), updateAfter(3, "a", 3), updateBefore(4, "a", 3), updateAfter(4, "a", 4));

    assertThat(harness.output()).containsExactly(
        "+I[a, 2] @1", "-D[a, 2] @2", "+I[a, 3] @3", "-U[a, 3] @4", "+U[a, 4] @4");
  }

  @Test
  void anUpdatesTwoHalvesNeverFallIntoTwoBatches() {
    OperatorHarness harness = OperatorHarness.withBatchCapacity(2,
        new CalcOperator(row -> new Object[] {row[0]}));

    harness.process(insert(1, "a"), updateBefore(2, "a"), updateAfter(2, "a"), updateBefore(3, "a"),
        updateAfter(3, "a"));

    assertThat(harness.outputBatchSizes()).containsExactly(1, 2, 2);
    assertThat(harness.output()).containsExactly("+I[a] @1", "-U[a] @2", "+U[a] @2", "-U[a] @3", "+U[a] @3");
  }

  @Test
  void limitPassesTheFirstRowsThenRequestsTheEnd() {
    OperatorHarness harness = OperatorHarness.of(new LimitOperator(3));

    harness.process(insert(1, "a"), insert(2, "b"));
    assertThat(harness.chain().endRequested()).isFalse();
    harness.process(updateAfter(3, "c"), insert(4, "d"));

    assertThat(harness.output()).containsExactly("+I[a] @1", "+I[b] @2", "+U[c] @3");
    assertThat(harness.chain().endRequested()).isTrue();
  }

  @Test
  void limitResumesFromItsSnapshot() {
    LimitOperator first = new LimitOperator(2);
    OperatorHarness.of(first).process(insert(1, "a"));
    OperatorHarness harness = OperatorHarness.restored(java.util.List.of(first.snapshot()), new LimitOperator(2));

    harness.process(insert(2, "b"), insert(3, "c"));

    assertThat(harness.output()).containsExactly("+I[b] @2");
  }

  @Test
  void limitZeroEndsAtOnce() {
    OperatorHarness harness = OperatorHarness.of(new LimitOperator(0));
    assertThat(harness.chain().endRequested()).isTrue();
  }

  @Test
  void snapshotAndRestoreAtEveryRowChangeNothing() {
    assertThat(OperatorHarness.assertSnapshotRestoreAtEveryRowIsTransparent(() -> new LimitOperator(2),
        insert(1, "a"), insert(2, "b"), insert(3, "c")))
        .containsExactly("+I[a] @1", "+I[b] @2");
    assertThat(OperatorHarness.assertSnapshotRestoreAtEveryRowIsTransparent(
        () -> new CalcOperator(row -> new Object[] {row[0], "x"}), insert(1, "a"), delete(2, "b")))
        .containsExactly("+I[a, x] @1", "-D[b, x] @2");
  }

  /** A stand-in for a window operator: drops rows older than the stream time it has heard of. */
  private static final class DropsLateRows implements dev.eddy.engine.runtime.Operator {
    private dev.eddy.engine.runtime.OperatorContext context;

    @Override
    public void open(dev.eddy.engine.runtime.OperatorContext context) {
      this.context = context;
    }

    @Override
    public void process(dev.eddy.engine.runtime.RowBatch input, dev.eddy.engine.runtime.Collector out) {
      for (int i = 0; i < input.size(); i++) {
        if (input.rowtime(i) < context.streamTime()) {
          context.reportLateRow(input.kind(i), input.row(i), input.rowtime(i), "Window closed");
        } else {
          out.collect(input.kind(i), input.row(i), input.rowtime(i));
        }
      }
    }
  }

  @Test
  void lateRowsAreCountedAndLogged() {
    OperatorHarness harness = OperatorHarness.of(new DropsLateRows());

    harness.advanceStreamTime(100).process(insert(50, "late"), insert(150, "on time"));

    assertThat(harness.output()).containsExactly("+I[on time] @150");
    assertThat(harness.metrics().get(0).toString()).isEqualTo("0:DropsLateRows{in=2, out=1, errors=0, late=1}");
    assertThat(harness.processingLog().entries()).containsExactly(new ProcessingLogEntry(42L, OperatorHarness.QUERY_ID,
        "0:DropsLateRows", ProcessingErrorType.LATE_RECORD, "Window closed", null, null, null, null, null, null,
        "+I[late] @50"));
  }
}
