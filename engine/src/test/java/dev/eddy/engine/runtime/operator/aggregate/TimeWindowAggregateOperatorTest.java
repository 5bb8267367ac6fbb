package dev.eddy.engine.runtime.operator.aggregate;

import static dev.eddy.engine.runtime.TestRows.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.OperatorHarness;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.RowKey;
import dev.eddy.engine.state.TaskState;
import dev.eddy.engine.state.WindowKey;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.PartitionLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SELECT ID, WINDOWSTART, WINDOWEND, COUNT(*), SUM(QTY) ... GROUP BY ID} over rows
 * {@code [ID, QTY]}, with windows of a few milliseconds.
 */
class TimeWindowAggregateOperatorTest {

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

  private static WindowSpec tumbling(long size, long grace, boolean emitFinal) {
    return WindowSpec.of(WindowSpec.Type.TUMBLING, size, null, grace, null, 0, null, emitFinal);
  }

  private static WindowSpec hopping(long size, long advance, long grace, boolean emitFinal) {
    return WindowSpec.of(WindowSpec.Type.HOPPING, size, advance, grace, null, 0, null, emitFinal);
  }

  private static TimeWindowAggregateOperator countAndSum(WindowSpec window) {
    return new TimeWindowAggregateOperator(TestAggregates.windowedById(2),
        List.of(TestAggregates.countAll(), TestAggregates.sumQty()), window);
  }

  private static List<String> lateRows(OperatorHarness harness) {
    assertThat(harness.processingLog().entries()).extracting(ProcessingLogEntry::type)
        .containsOnly(ProcessingErrorType.LATE_RECORD);
    return harness.processingLog().entries().stream().map(e -> e.row() + " " + e.message()).toList();
  }

  @Test
  void tumblingWindowsAggregateEachKeyPerWindow() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(tumbling(10, 5, false)));

    harness.process(
        insert(3, "a", 1),
        insert(12, "a", 2),
        insert(7, "a", 4),
        insert(10, "b", 1),
        insert(19, "b", 1),
        insert(20, null, 1));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 1, 1] @3",
        "+I[a, 10, 20, 1, 2] @12",
        "-U[a, 0, 10, 1, 1] @7",
        "+U[a, 0, 10, 2, 5] @7",
        "+I[b, 10, 20, 1, 1] @10",
        "-U[b, 10, 20, 1, 1] @19",
        "+U[b, 10, 20, 2, 2] @19");
    assertThat(harness.processingLog().entries()).isEmpty();
  }

  @Test
  void hoppingWindowsPutARowInEveryWindowContainingIt() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(hopping(10, 5, 100, false)));

    harness.process(insert(7, "a", 1), insert(3, "a", 2), insert(10, "a", 4));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 1, 1] @7",
        "+I[a, 5, 15, 1, 1] @7",
        // no window starts before the epoch: [-5, 5) is not created
        "-U[a, 0, 10, 1, 1] @7",
        "+U[a, 0, 10, 2, 3] @7",
        "-U[a, 5, 15, 1, 1] @10",
        "+U[a, 5, 15, 2, 5] @10",
        "+I[a, 10, 20, 1, 4] @10");
  }

  @Test
  void aRowIsLateExactlyWhenStreamTimeReachesWindowEndPlusGrace() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(tumbling(10, 5, false)));

    harness.process(insert(3, "a", 1), insert(14, "b", 1), insert(9, "a", 2));
    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 1, 1] @3",
        "+I[b, 10, 20, 1, 1] @14",
        "-U[a, 0, 10, 1, 1] @9",
        "+U[a, 0, 10, 2, 3] @9");
    assertThat(harness.processingLog().entries()).isEmpty();

    harness.process(insert(15, "b", 1), insert(9, "a", 4), insert(0, "c", 1));

    assertThat(harness.output()).hasSize(6).endsWith("-U[b, 10, 20, 1, 1] @15", "+U[b, 10, 20, 2, 2] @15");
    assertThat(lateRows(harness)).containsExactly(
        "+I[a, 4] @9 Window [0, 10) closed at stream time 15 (grace period 5 ms)",
        "+I[c, 1] @0 Window [0, 10) closed at stream time 15 (grace period 5 ms)");
    assertThat(harness.processingLog().entries())
        .extracting(ProcessingLogEntry::loggedAt, ProcessingLogEntry::queryId, ProcessingLogEntry::operator)
        .containsOnly(tuple(42L, "TEST_QUERY", "0:TimeWindowAggregate"));
    assertThat(harness.metrics().get(0).toString()).isEqualTo(
        "0:TimeWindowAggregate{in=6, out=6, errors=0, late=2, state keys=2, state bytes=0}");
  }

  @Test
  void aHoppingRowIsDroppedOnlyFromItsClosedWindows() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(hopping(10, 5, 0, false)));

    harness.process(insert(12, "a", 1), insert(8, "b", 1));

    assertThat(harness.output()).containsExactly(
        "+I[a, 5, 15, 1, 1] @12",
        "+I[a, 10, 20, 1, 1] @12",
        "+I[b, 5, 15, 1, 1] @8");
    assertThat(lateRows(harness)).containsExactly(
        "+I[b, 1] @8 Window [0, 10) closed at stream time 12 (grace period 0 ms)");
  }

  @Test
  void emitFinalEmitsOneRowPerWindowAndKeyWhenTheWindowCloses() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(tumbling(10, 0, true)));

    harness.process(insert(1, "a", 1), insert(2, "b", 2), insert(5, "a", 3), insert(9, "a", 1));
    assertThat(harness.output()).as("nothing before the window closes").isEmpty();

    harness.process(insert(11, "a", 1), insert(12, "b", 1));
    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 3, 5] @9",
        "+I[b, 0, 10, 1, 2] @2");

    harness.process(insert(19, "a", 1), insert(3, "a", 5), insert(20, "c", 1));
    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 3, 5] @9",
        "+I[b, 0, 10, 1, 2] @2",
        "+I[a, 10, 20, 2, 2] @19",
        "+I[b, 10, 20, 1, 1] @12");
    assertThat(lateRows(harness)).containsExactly(
        "+I[a, 5] @3 Window [0, 10) closed at stream time 19 (grace period 0 ms)");
  }

  @Test
  void emitFinalEmitsClosedWindowsInOrderOfWindowEnd() {
    OperatorHarness harness = OperatorHarness.of(countAndSum(hopping(10, 5, 0, true)));

    harness.process(insert(7, "a", 1), insert(12, "b", 1));
    assertThat(harness.output()).containsExactly("+I[a, 0, 10, 1, 1] @7");

    harness.process(insert(30, "a", 1));
    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 10, 1, 1] @7",
        "+I[a, 5, 15, 1, 1] @7",
        "+I[b, 5, 15, 1, 1] @12",
        "+I[b, 10, 20, 1, 1] @12");
  }

  @Test
  void windowsPastTheirRetentionAreRemovedFromTheStore() {
    WindowSpec window = WindowSpec.of(WindowSpec.Type.TUMBLING, 10, null, 0L, 20L, 0, null, false);
    TaskState state = TaskState.inMemory();
    TimeWindowAggregateOperator operator = countAndSum(window);
    OperatorHarness harness = OperatorHarness.withState(state, null, operator);

    harness.process(insert(1, "a", 1), insert(2, "b", 1), insert(15, "a", 1), insert(29, "a", 1));
    assertThat(state.keys()).isEqualTo(4);

    harness.process(insert(30, "a", 1));

    assertThat(operator.windows()).containsExactly(
        new WindowKey(RowKey.of("a"), 10, 20),
        new WindowKey(RowKey.of("a"), 20, 30),
        new WindowKey(RowKey.of("a"), 30, 40));
    assertThat(state.keys()).isEqualTo(3);
    assertThat(state.<WindowKey, Object[]>keyValueStore("0:TimeWindowAggregate/windows")
        .get(new WindowKey(RowKey.of("b"), 0, 10))).isNull();
  }

  @Test
  void expiredWindowsStayDeletedAfterARestore() {
    PartitionLog changelog = ChangelogTopics.create(logs, "changelog");
    WindowSpec window = WindowSpec.of(WindowSpec.Type.TUMBLING, 10, null, 0L, 20L, 0, null, false);
    TaskState first = new TaskState(changelog);
    first.restore();
    OperatorHarness before = OperatorHarness.withState(first, null, countAndSum(window));
    before.process(insert(1, "a", 1), insert(15, "a", 1), insert(30, "a", 1));
    first.commit(new Checkpoint(Map.of(), before.chain().snapshot()));

    TaskState second = new TaskState(changelog);
    List<byte[]> snapshots = second.restore().orElseThrow().snapshots();
    TimeWindowAggregateOperator restored = countAndSum(window);
    OperatorHarness.withState(second, snapshots, restored);

    assertThat(restored.windows()).containsExactlyInAnyOrder(
        new WindowKey(RowKey.of("a"), 10, 20),
        new WindowKey(RowKey.of("a"), 30, 40));
    assertThat(second.keys()).isEqualTo(2);
  }

  @Test
  void aLateRowStaysLateAfterARestore() {
    PartitionLog changelog = ChangelogTopics.create(logs, "changelog");
    TaskState first = new TaskState(changelog);
    first.restore();
    OperatorHarness before = OperatorHarness.withState(first, null, countAndSum(tumbling(10, 5, false)));
    before.process(insert(3, "a", 1), insert(15, "b", 1));
    first.commit(new Checkpoint(Map.of(), before.chain().snapshot()));

    TaskState second = new TaskState(changelog);
    List<byte[]> snapshots = second.restore().orElseThrow().snapshots();
    OperatorHarness after = OperatorHarness.withState(second, snapshots, countAndSum(tumbling(10, 5, false)));
    after.process(insert(9, "a", 2), insert(11, "a", 1), insert(12, "b", 1));

    assertThat(after.output()).containsExactly(
        "+I[a, 10, 20, 1, 1] @11",
        "-U[b, 10, 20, 1, 1] @15",
        "+U[b, 10, 20, 2, 2] @15");
    assertThat(lateRows(after)).containsExactly(
        "+I[a, 2] @9 Window [0, 10) closed at stream time 15 (grace period 5 ms)");
  }

  @Test
  void restoringFromTheChangelogAtEveryRowChangesNothing() {
    List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(
        ChangelogTopics.create(logs, "changes"), () -> countAndSum(hopping(10, 5, 2, false)),
        insert(7, "a", 1), insert(3, "b", 2), insert(11, "a", 4), insert(6, "a", 1), insert(13, "b", 1),
        insert(4, "a", 9), insert(20, "a", 1));

    assertThat(output).containsExactly(
        "+I[a, 0, 10, 1, 1] @7",
        "+I[a, 5, 15, 1, 1] @7",
        "+I[b, 0, 10, 1, 2] @3",
        "-U[a, 5, 15, 1, 1] @11",
        "+U[a, 5, 15, 2, 5] @11",
        "+I[a, 10, 20, 1, 4] @11",
        "-U[a, 0, 10, 1, 1] @7",
        "+U[a, 0, 10, 2, 2] @7",
        "-U[a, 5, 15, 2, 5] @11",
        "+U[a, 5, 15, 3, 6] @11",
        "+I[b, 5, 15, 1, 1] @13",
        "+I[b, 10, 20, 1, 1] @13",
        "+I[a, 15, 25, 1, 1] @20",
        "+I[a, 20, 30, 1, 1] @20");
  }

  @Test
  void restoringAnEmitFinalAggregationAtEveryRowChangesNothing() {
    List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(
        ChangelogTopics.create(logs, "changes"), () -> countAndSum(tumbling(10, 2, true)),
        insert(1, "a", 1), insert(11, "b", 2), insert(8, "a", 4), insert(21, "a", 1), insert(9, "a", 3),
        insert(35, "a", 1));

    // One window closes per end here: keys closing at the same end have no order after a restore.
    assertThat(output).containsExactly(
        "+I[a, 0, 10, 2, 5] @8",
        "+I[b, 10, 20, 1, 2] @11",
        "+I[a, 20, 30, 1, 1] @21");
  }
}
