package dev.eddy.engine.runtime.operator;

import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.runtime.OperatorHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows {@code [ID, ROWPARTITION, ROWOFFSET]}: the source position each repartitioned row came from. */
class RepartitionDedupOperatorTest {

  private static RepartitionDedupOperator dedup() {
    return new RepartitionDedupOperator(1, 2);
  }

  @Test
  void rowsFromBelowTheHighestOffsetOfTheirPartitionAreRepeats() {
    OperatorHarness harness = OperatorHarness.of(dedup());

    harness.process(
        insert(1, "a", 0, 5L),
        insert(2, "b", 0, 6L),
        insert(1, "a", 0, 5L),
        insert(3, "c", 1, 2L),
        insert(0, "z", 0, 4L),
        insert(4, "d", 0, 7L),
        insert(3, "c", 1, 2L),
        insert(5, "e", 1, 3L));

    assertThat(harness.output()).containsExactly(
        "+I[a, 0, 5] @1",
        "+I[b, 0, 6] @2",
        "+I[c, 1, 2] @3",
        "+I[d, 0, 7] @4",
        "+I[e, 1, 3] @5");
  }

  @Test
  void theRetractionAndTheUpdateOfOneSourceRecordAreBothKept() {
    OperatorHarness harness = OperatorHarness.of(dedup());

    harness.process(
        updateBefore(1, "a", 0, 5L),
        updateAfter(1, "b", 0, 5L),
        updateBefore(1, "a", 0, 5L),
        updateAfter(1, "b", 0, 5L),
        delete(2, "b", 0, 6L),
        delete(2, "b", 0, 6L),
        insert(2, "c", 0, 6L));

    assertThat(harness.output()).containsExactly(
        "-U[a, 0, 5] @1",
        "+U[b, 0, 5] @1",
        "-D[b, 0, 6] @2",
        "+I[c, 0, 6] @2");
  }

  @Test
  void aReplayAfterACrashOfTheWritingStagePassesOnlyWhatIsNew() {
    OperatorHarness harness = OperatorHarness.of(dedup());
    harness.process(updateBefore(1, "a", 0, 5L), updateAfter(1, "a", 0, 5L), insert(2, "b", 0, 6L));

    harness.process(updateBefore(1, "a", 0, 5L), updateAfter(1, "a", 0, 5L), insert(2, "b", 0, 6L),
        insert(3, "c", 0, 7L));

    assertThat(harness.output()).containsExactly(
        "-U[a, 0, 5] @1",
        "+U[a, 0, 5] @1",
        "+I[b, 0, 6] @2",
        "+I[c, 0, 7] @3");
  }

  @Test
  void theMarksSurviveASnapshotAndRestore() {
    OperatorHarness before = OperatorHarness.of(dedup());
    before.process(insert(1, "a", 0, 5L), updateBefore(2, "b", 1, 9L), insert(3, "c", 2, 0L));
    List<byte[]> snapshot = before.chain().snapshot();

    OperatorHarness after = OperatorHarness.restored(snapshot, dedup());
    after.process(
        insert(1, "a", 0, 5L),
        updateBefore(2, "b", 1, 9L),
        updateAfter(2, "b", 1, 9L),
        insert(3, "c", 2, 0L),
        insert(4, "d", 0, 6L),
        insert(4, "e", 3, 0L));

    assertThat(after.output()).containsExactly(
        "+U[b, 1, 9] @2",
        "+I[d, 0, 6] @4",
        "+I[e, 3, 0] @4");
  }

  @Test
  void aSnapshotAndRestoreBeforeEveryRowChangesNothing() {
    List<String> output = OperatorHarness.assertSnapshotRestoreAtEveryRowIsTransparent(
        RepartitionDedupOperatorTest::dedup,
        insert(1, "a", 0, 5L),
        updateBefore(2, "a", 0, 6L),
        updateAfter(2, "b", 0, 6L),
        updateBefore(2, "a", 0, 6L),
        insert(3, "c", 1, 1L),
        insert(1, "a", 0, 5L),
        updateAfter(2, "b", 0, 6L),
        delete(4, "c", 1, 2L));

    assertThat(output).containsExactly(
        "+I[a, 0, 5] @1",
        "-U[a, 0, 6] @2",
        "+U[b, 0, 6] @2",
        "+I[c, 1, 1] @3",
        "-D[c, 1, 2] @4");
  }
}
