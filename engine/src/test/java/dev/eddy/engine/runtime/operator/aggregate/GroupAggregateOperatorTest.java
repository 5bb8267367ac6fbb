package dev.eddy.engine.runtime.operator.aggregate;

import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.OperatorHarness;
import dev.eddy.engine.runtime.TestRows.TestRow;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.PartitionLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SELECT ID, COUNT(*), SUM(QTY) FROM T GROUP BY ID} over rows {@code [ID, QTY]}. */
class GroupAggregateOperatorTest {

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

  private static GroupAggregateOperator countAndSum() {
    return new GroupAggregateOperator(TestAggregates.byId(2),
        List.of(TestAggregates.countAll(), TestAggregates.sumQty()));
  }

  @Test
  void aNewGroupIsInsertedAndAnUpdateRetractsTheOldResult() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(
        insert(1000, "a", 5),
        insert(1001, "b", 1),
        insert(1002, "a", 2),
        insert(1003, "a", null));

    assertThat(harness.output()).containsExactly(
        "+I[a, 1, 5] @1000",
        "+I[b, 1, 1] @1001",
        "-U[a, 1, 5] @1002",
        "+U[a, 2, 7] @1002",
        "-U[a, 2, 7] @1003",
        "+U[a, 3, 7] @1003");
  }

  /**
   * Kafka Streams' KStreamAggregate stamps each result with the largest timestamp of the rows
   * aggregated (max of the record's and the old aggregate's), as Accumulators.rowtime keeps it
   * and the window aggregates use it: an out-of-order row must not move the group's rowtime back.
   */
  @Test
  void anUpdateCarriesTheLargestRowtimeOfTheGroup() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(insert(10, "a", 1), insert(5, "a", 2));

    assertThat(harness.output()).containsExactly(
        "+I[a, 1, 1] @10",
        "-U[a, 1, 1] @10",
        "+U[a, 2, 3] @10");
  }

  @Test
  void rowsWithANullGroupKeyAreDropped() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(insert(1, null, 5), insert(2, "a", 1), delete(3, null, 5));

    assertThat(harness.output()).containsExactly("+I[a, 1, 1] @2");
    assertThat(harness.processingLog().entries()).isEmpty();
    assertThat(harness.metrics().get(0).toString())
        .isEqualTo("0:GroupAggregate{in=3, out=1, errors=0, state keys=1, state bytes=0}");
  }

  @Test
  void retractedTableRowsAreTakenBackOut() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(
        insert(1, "a", 5),
        insert(2, "a", 3),
        updateBefore(3, "a", 5),
        updateAfter(3, "a", 6),
        delete(4, "a", 3));

    // the -U/+U of one table row in one group is one change, as Kafka Streams applies it
    assertThat(harness.output()).containsExactly(
        "+I[a, 1, 5] @1",
        "-U[a, 1, 5] @2",
        "+U[a, 2, 8] @2",
        "-U[a, 2, 8] @3",
        "+U[a, 2, 9] @3",
        "-U[a, 2, 9] @4",
        "+U[a, 1, 6] @4");
  }

  @Test
  void aGroupWhoseRowsAreAllRetractedStaysWithACountOfZero() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(
        insert(1, "a", 5),
        delete(2, "a", 5),
        insert(3, "a", 7),
        updateBefore(4, "a", 7),
        updateAfter(4, "a", 8));

    assertThat(harness.output()).containsExactly(
        "+I[a, 1, 5] @1",
        "-U[a, 1, 5] @2",
        "+U[a, 0, 0] @2",
        "-U[a, 0, 0] @3",
        "+U[a, 1, 7] @3",
        "-U[a, 1, 7] @4",
        "+U[a, 1, 8] @4");
  }

  @Test
  void aRetractionForAnUnknownGroupIsIgnored() {
    OperatorHarness harness = OperatorHarness.of(countAndSum());

    harness.process(delete(1, "x", 5), updateBefore(2, "y", 1), insert(3, "x", 2));

    assertThat(harness.output()).containsExactly("+I[x, 1, 2] @3");
  }

  @Test
  void aRowWhoseAggregateThrowsIsLoggedAndSkipped() {
    OperatorHarness harness = OperatorHarness.of(new GroupAggregateOperator(TestAggregates.byId(1),
        List.of(TestAggregates.strictSumQty())));

    harness.process(insert(1, "a", 2), insert(2, "a", 0), insert(3, "b", 0), insert(4, "a", 3));

    assertThat(harness.output()).containsExactly("+I[a, 2] @1", "-U[a, 2] @4", "+U[a, 5] @4");
    assertThat(harness.processingLog().entries())
        .extracting(ProcessingLogEntry::loggedAt, ProcessingLogEntry::queryId, ProcessingLogEntry::operator,
            ProcessingLogEntry::type, ProcessingLogEntry::message, ProcessingLogEntry::row)
        .containsExactly(
            tuple(42L, "TEST_QUERY", "0:GroupAggregate", ProcessingErrorType.EVALUATION_ERROR,
                "zero is not allowed", "+I[a, 0] @2"),
            tuple(42L, "TEST_QUERY", "0:GroupAggregate", ProcessingErrorType.EVALUATION_ERROR,
                "zero is not allowed", "+I[b, 0] @3"));
    assertThat(harness.metrics().get(0).toString())
        .isEqualTo("0:GroupAggregate{in=4, out=3, errors=2, state keys=1, state bytes=0}");
  }

  private static final TestRow[] INPUT = {
      insert(1, "a", 5),
      insert(2, "b", 1),
      insert(3, "a", 2),
      updateBefore(4, "a", 5),
      updateAfter(4, "a", 6),
      delete(5, "b", 1),
      insert(6, "b", 4),
      delete(7, "a", 2),
      insert(8, null, 1),
  };

  @Test
  void restoringFromTheChangelogAtEveryRowChangesNothing() {
    PartitionLog changelog = ChangelogTopics.create(logs, "changelog");

    List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(
        changelog, GroupAggregateOperatorTest::countAndSum, INPUT);

    assertThat(output).containsExactly(
        "+I[a, 1, 5] @1",
        "+I[b, 1, 1] @2",
        "-U[a, 1, 5] @3",
        "+U[a, 2, 7] @3",
        "-U[a, 2, 7] @4",
        "+U[a, 2, 8] @4",
        "-U[b, 1, 1] @5",
        "+U[b, 0, 0] @5",
        "-U[b, 0, 0] @6",
        "+U[b, 1, 4] @6",
        "-U[a, 2, 8] @7",
        "+U[a, 1, 6] @7");
  }

  @Test
  void aRestartAfterHalfTheInputContinuesFromTheCommittedState() {
    PartitionLog changelog = ChangelogTopics.create(logs, "changelog");
    List<String> straight = OperatorHarness.of(countAndSum()).process(INPUT).output();

    TaskState first = new TaskState(changelog);
    first.restore();
    OperatorHarness before = OperatorHarness.withState(first, null, countAndSum());
    before.process(java.util.Arrays.copyOfRange(INPUT, 0, 3));
    first.commit(new Checkpoint(Map.of(), before.chain().snapshot()));
    // Rows processed after the commit are lost in the crash; the restarted task reads them again.
    // (A task never commits between the two halves of an update, so neither does this test.)
    before.process(java.util.Arrays.copyOfRange(INPUT, 3, 6));

    TaskState second = new TaskState(changelog);
    List<byte[]> snapshots = second.restore().orElseThrow().snapshots();
    OperatorHarness after = OperatorHarness.withState(second, snapshots, countAndSum());
    after.process(java.util.Arrays.copyOfRange(INPUT, 3, INPUT.length));

    List<String> restarted = new ArrayList<>(before.output().subList(0, 4));
    restarted.addAll(after.output());
    assertThat(restarted).containsExactlyElementsOf(straight);
    assertThat(second.keys()).isEqualTo(2);
  }
}
