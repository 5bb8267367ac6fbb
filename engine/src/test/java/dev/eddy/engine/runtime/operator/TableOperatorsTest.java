package dev.eddy.engine.runtime.operator;

import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.runtime.OperatorHarness;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import dev.eddy.engine.state.TaskState;
import dev.eddy.engine.state.WindowKey;
import dev.eddy.log.CleanupPolicy;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators around tables: the source's changelog, the materialized store, upserts to clients. */
class TableOperatorsTest {

  @TempDir
  Path dir;

  /** Source rows {@code [ID, QTY, ROWPARTITION, ROWOFFSET]}, primary key ID. */
  private static TableSourceOperator tableSource() {
    return new TableSourceOperator(new int[] {0}, 2);
  }

  @Test
  void aTableSourceTurnsUpsertsAndTombstonesIntoAFullChangelog() {
    OperatorHarness harness = OperatorHarness.of(tableSource());

    harness.process(
        insert(1, "a", 1, 0, 0L),
        insert(2, "a", 2, 0, 1L),
        insert(3, "b", 7, 0, 2L),
        delete(4, "a", null, 0, 3L),
        delete(5, "x", null, 0, 4L),
        insert(6, "a", 3, 0, 5L));

    assertThat(harness.output()).containsExactly(
        "+I[a, 1, 0, 0] @1",
        // the retracted row takes the position of the record that retracts it
        "-U[a, 1, 0, 1] @2",
        "+U[a, 2, 0, 1] @2",
        "+I[b, 7, 0, 2] @3",
        "-D[a, 2, 0, 3] @4",
        "+I[a, 3, 0, 5] @6");
  }

  @Test
  void aTableSourceRemembersItsRowsAcrossARestart() {
    try (FileLogStore logs = FileLogStore.open(dir)) {
      logs.createTopic("changelog", TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT)
          .flushPolicy(FlushPolicy.OS).build());
      PartitionLog changelog = logs.topic("changelog").partition(0);

      List<String> output = OperatorHarness.assertRestoreFromChangelogAtEveryRowIsTransparent(changelog,
          TableOperatorsTest::tableSource,
          insert(1, "a", 1, 0, 0L),
          insert(2, "a", 2, 0, 1L),
          delete(3, "a", null, 0, 2L),
          delete(4, "a", null, 0, 3L),
          insert(5, "a", 4, 0, 4L));

      assertThat(output).containsExactly(
          "+I[a, 1, 0, 0] @1",
          "-U[a, 1, 0, 1] @2",
          "+U[a, 2, 0, 1] @2",
          "-D[a, 2, 0, 2] @3",
          "+I[a, 4, 0, 4] @5");
    }
  }

  private static Map<String, String> content(KeyValueStore<Object, Object[]> store) {
    Map<String, String> content = new TreeMap<>();
    store.forEach((key, row) -> content.put(key.toString(), Arrays.deepToString(row)));
    return content;
  }

  @Test
  void materializeKeepsTheCurrentRowPerKeyAndPassesEveryRowOn() {
    TaskState state = TaskState.inMemory();
    OperatorHarness harness = OperatorHarness.withState(state, null, new MaterializeOperator(new int[] {0}, -1, -1));

    harness.process(
        insert(1, "a", 1L),
        insert(2, "b", 1L),
        updateBefore(3, "a", 1L),
        updateAfter(3, "a", 2L),
        updateBefore(4, "b", 1L),
        insert(5, "c", 1L),
        delete(6, "c", 1L));

    assertThat(harness.output()).containsExactly(
        "+I[a, 1] @1", "+I[b, 1] @2", "-U[a, 1] @3", "+U[a, 2] @3", "-U[b, 1] @4", "+I[c, 1] @5", "-D[c, 1] @6");
    KeyValueStore<Object, Object[]> store = state.keyValueStore("0:Materialize/" + MaterializeOperator.STORE);
    // a -U without its +U (a HAVING that now drops the group) removes the key, as the sink's tombstone does
    assertThat(content(store)).containsExactly(Map.entry("[a]", "[a, 2, 3]"));
    assertThat(store.get(RowKey.of("a"))[2]).isEqualTo(3L);
  }

  @Test
  void aWindowedTableIsMaterializedByKeyAndWindow() {
    TaskState state = TaskState.inMemory();
    OperatorHarness harness = OperatorHarness.withState(state, null, new MaterializeOperator(new int[] {0}, 1, 2));

    harness.process(
        insert(1, "a", 0L, 10L, 1L),
        insert(12, "a", 10L, 20L, 1L),
        updateBefore(13, "a", 10L, 20L, 1L),
        updateAfter(13, "a", 10L, 20L, 2L));

    KeyValueStore<Object, Object[]> store = state.keyValueStore("0:Materialize/" + MaterializeOperator.STORE);
    assertThat(content(store)).containsExactly(
        Map.entry("WindowKey[key=[a], start=0, end=10]", "[a, 0, 10, 1, 1]"),
        Map.entry("WindowKey[key=[a], start=10, end=20]", "[a, 10, 20, 2, 13]"));
    assertThat(store.get(new WindowKey(RowKey.of("a"), 10, 20))).containsExactly("a", 10L, 20L, 2L, 13L);
  }

  @Test
  void aMaterializedTableComesBackAfterARestart() {
    try (FileLogStore logs = FileLogStore.open(dir)) {
      logs.createTopic("changelog", TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT)
          .flushPolicy(FlushPolicy.OS).build());
      PartitionLog changelog = logs.topic("changelog").partition(0);
      TaskState first = new TaskState(changelog);
      first.restore();
      OperatorHarness before = OperatorHarness.withState(first, null, new MaterializeOperator(new int[] {0}, -1, -1));
      before.process(insert(1, "a", 1L), insert(2, "b", 1L), delete(3, "b", 1L));
      first.commit(new Checkpoint(Map.of(), before.chain().snapshot()));

      TaskState second = new TaskState(changelog);
      second.restore();
      OperatorHarness.withState(second, null, new MaterializeOperator(new int[] {0}, -1, -1));

      assertThat(content(second.keyValueStore("0:Materialize/" + MaterializeOperator.STORE)))
          .containsExactly(Map.entry("[a]", "[a, 1, 1]"));
    }
  }

  @Test
  void upsertsDropEachUpdateBefore() {
    OperatorHarness harness = OperatorHarness.of(new UpsertOperator());

    harness.process(insert(1, "a", 1), updateBefore(2, "a", 1), updateAfter(2, "a", 2), updateBefore(3, "a", 2),
        delete(4, "b", 1));

    assertThat(harness.output()).containsExactly("+I[a, 1] @1", "+U[a, 2] @2", "-D[b, 1] @4");
  }
}
