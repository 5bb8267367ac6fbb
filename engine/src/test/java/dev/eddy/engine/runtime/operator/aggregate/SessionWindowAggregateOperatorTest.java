package dev.eddy.engine.runtime.operator.aggregate;

import static dev.eddy.engine.runtime.TestRows.insert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.OperatorHarness;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.log.FileLogStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SELECT ID, WINDOWSTART, WINDOWEND, COUNT(*), SUM(QTY) ... WINDOW SESSION (gap)
 * GROUP BY ID} over rows {@code [ID, QTY]}; sessions are [first event, last event], inclusive.
 */
class SessionWindowAggregateOperatorTest {

  @TempDir
  Path dir;

  private FileLogStore logs;

  @BeforeEach
  void setUp() {
    logs = FileLogStore.open(dir);
  }

  @AfterEach
  void tearDown() {
    logs.close();
  }

  private static SessionWindowAggregateOperator sessions(long gap, long grace, boolean emitFinal) {
    return new SessionWindowAggregateOperator(TestAggregates.windowedById(2),
        List.of(TestAggregates.countAll(), TestAggregates.sumQty()),
        WindowSpec.of(WindowSpec.Type.SESSION, gap, null, grace, null, 0, null, emitFinal));
  }

  private static List<String> lateRows(OperatorHarness harness) {
    assertThat(harness.processingLog().entries()).extracting(ProcessingLogEntry::type)
        .containsOnly(ProcessingErrorType.LATE_RECORD);
    return harness.processingLog().entries().stream().map(e -> e.row() + " " + e.message()).toList();
  }

  @Test
  void rowsWithinTheGapExtendASession() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 100, false));

    harness.process(insert(0, "a", 1), insert(10, "a", 2), insert(21, "a", 4), insert(5, "b", 1));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 0, 1, 1] @0",
        "-D[a, 0, 0, 1, 1] @0",
        "+I[a, 0, 10, 2, 3] @10",
        // 21 is more than the gap after 10: a session of its own
        "+I[a, 21, 21, 1, 4] @21",
        "+I[b, 5, 5, 1, 1] @5");
  }

  @Test
  void aRowBetweenTwoSessionsMergesThem() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 100, false));

    harness.process(insert(0, "a", 1), insert(20, "a", 2), insert(5, "b", 1), insert(10, "a", 4),
        insert(25, "a", 1));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 0, 1, 1] @0",
        "+I[a, 20, 20, 1, 2] @20",
        "+I[b, 5, 5, 1, 1] @5",
        "-D[a, 0, 0, 1, 1] @0",
        "-D[a, 20, 20, 1, 2] @20",
        "+I[a, 0, 20, 3, 7] @20",
        "-D[a, 0, 20, 3, 7] @20",
        "+I[a, 0, 25, 4, 8] @25");
  }

  @Test
  void aRowOnASinglePointSessionUpdatesItInPlace() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 100, false));

    harness.process(insert(5, "a", 1), insert(5, "a", 2), insert(5, "a", 4));

    assertThat(harness.output()).containsExactly(
        "+I[a, 5, 5, 1, 1] @5",
        "-U[a, 5, 5, 1, 1] @5",
        "+U[a, 5, 5, 2, 3] @5",
        "-U[a, 5, 5, 2, 3] @5",
        "+U[a, 5, 5, 3, 7] @5");
  }

  @Test
  void aRowInsideASessionKeepsItsBoundsButReplacesIt() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 100, false));

    harness.process(insert(0, "a", 1), insert(8, "a", 2), insert(4, "a", 4));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 0, 1, 1] @0",
        "-D[a, 0, 0, 1, 1] @0",
        "+I[a, 0, 8, 2, 3] @8",
        "-D[a, 0, 8, 2, 3] @8",
        "+I[a, 0, 8, 3, 7] @8");
  }

  @Test
  void rowsForClosedSessionsAreDroppedAndLogged() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 5, false));

    harness.process(insert(100, "a", 1), insert(84, "b", 1), insert(60, "a", 1), insert(100, null, 1));

    assertThat(harness.output()).containsExactly("+I[a, 100, 100, 1, 1] @100");
    assertThat(lateRows(harness)).containsExactly(
        "+I[b, 1] @84 Session [84, 84] closed at stream time 100 (grace period 5 ms)",
        "+I[a, 1] @60 Session [60, 60] closed at stream time 100 (grace period 5 ms)");
    assertThat(harness.metrics().get(0).toString()).isEqualTo(
        "0:SessionWindowAggregate{in=4, out=1, errors=0, late=2, state keys=1, state bytes=0}");
  }

  /**
   * Kafka Streams (KStreamSessionWindowAggregate) closes sessions at stream time minus grace
   * <em>minus the inactivity gap</em>: a session ending at 85 can still be joined by a row at
   * 95, which is within the grace period at stream time 100, so it is not closed yet.
   */
  @Test
  void aSessionClosesOnlyOnceStreamTimePassesItsEndPlusGapPlusGrace() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 5, false));

    harness.process(insert(100, "a", 1), insert(85, "b", 1), insert(95, "b", 2));

    assertThat(harness.output()).containsExactly(
        "+I[a, 100, 100, 1, 1] @100",
        "+I[b, 85, 85, 1, 1] @85",
        "-D[b, 85, 85, 1, 1] @85",
        "+I[b, 85, 95, 2, 3] @95");
    assertThat(harness.processingLog().entries()).isEmpty();
  }

  @Test
  void emitFinalEmitsEachSessionOnceWhenItCloses() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 20, true));

    harness.process(insert(0, "a", 1), insert(5, "a", 2), insert(3, "b", 1), insert(20, "c", 1),
        insert(12, "c", 4));
    assertThat(harness.output()).as("nothing before a session closes").isEmpty();

    harness.process(insert(40, "d", 1));
    assertThat(harness.output()).containsExactly(
        "+I[b, 3, 3, 1, 1] @3",
        "+I[a, 0, 5, 2, 3] @5");

    harness.process(insert(4, "a", 1), insert(75, "d", 1));
    assertThat(harness.output()).containsExactly(
        "+I[b, 3, 3, 1, 1] @3",
        "+I[a, 0, 5, 2, 3] @5",
        "+I[c, 12, 20, 2, 5] @20",
        "+I[d, 40, 40, 1, 1] @40");
    assertThat(lateRows(harness)).containsExactly(
        "+I[a, 1] @4 Session [0, 5] closed at stream time 40 (grace period 20 ms)");
  }

  /**
   * A session is final only when no row within the grace period can extend it any more: until
   * stream time passes its end plus the gap plus the grace period (Kafka Streams' close time
   * for sessions). Emitting [0, 0] at stream time 5 and then [0, 8] emits two final results.
   */
  @Test
  void emitFinalDoesNotEmitASessionThatCanStillBeExtended() {
    OperatorHarness harness = OperatorHarness.of(sessions(10, 0, true));

    harness.process(insert(0, "a", 1), insert(5, "b", 1), insert(8, "a", 4), insert(30, "c", 1));

    assertThat(harness.output()).containsExactly(
        "+I[b, 5, 5, 1, 1] @5",
        "+I[a, 0, 8, 2, 5] @8");
    assertThat(harness.processingLog().entries()).isEmpty();
  }

  @Test
  void restoringFromTheChangelogAtEveryRowChangesNothing() {
    List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(
        ChangelogTopics.create(logs, "changes"), () -> sessions(10, 30, false),
        insert(0, "a", 1), insert(20, "a", 2), insert(5, "b", 1), insert(10, "a", 4), insert(10, "a", 1),
        insert(100, "b", 1), insert(30, "a", 1), insert(71, "a", 2));

    assertThat(output).containsExactly(
        "+I[a, 0, 0, 1, 1] @0",
        "+I[a, 20, 20, 1, 2] @20",
        "+I[b, 5, 5, 1, 1] @5",
        "-D[a, 0, 0, 1, 1] @0",
        "-D[a, 20, 20, 1, 2] @20",
        "+I[a, 0, 20, 3, 7] @20",
        "-D[a, 0, 20, 3, 7] @20",
        "+I[a, 0, 20, 4, 8] @20",
        "+I[b, 100, 100, 1, 1] @100",
        "+I[a, 71, 71, 1, 2] @71");
  }

  @Test
  void restoringAnEmitFinalAggregationAtEveryRowChangesNothing() {
    List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(
        ChangelogTopics.create(logs, "changes"), () -> sessions(10, 20, true),
        insert(0, "a", 1), insert(20, "a", 2), insert(10, "a", 4), insert(3, "b", 1), insert(60, "c", 1),
        insert(2, "b", 1), insert(95, "c", 1));

    assertThat(output).containsExactly(
        "+I[b, 3, 3, 1, 1] @3",
        "+I[a, 0, 20, 3, 7] @20",
        "+I[c, 60, 60, 1, 1] @60");
  }
}
