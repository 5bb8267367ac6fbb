package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.runtime.CollectingProcessingLogger;
import dev.eddy.engine.runtime.CollectingSink;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.TestRows;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.runtime.task.OperatorChain;
import dev.eddy.engine.runtime.task.TaskFlow;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.PartitionLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** Runs a two-input operator as a task with a join does, rows fed side by side in the given order. */
final class JoinHarness {

  /** One input row and the side it arrives on. */
  record Fed(int side, TestRows.TestRow row) {}

  private final CollectingSink sink = new CollectingSink();
  private final OperatorChain chain;

  private JoinHarness(TwoInputOperator join, TaskState state, List<byte[]> snapshots) {
    chain = new OperatorChain(new TaskFlow.Join(new TaskFlow.Input(0, List.of(), List.of()),
        new TaskFlow.Input(1, List.of(), List.of()), join, "Join", List.of(), List.of()), sink, 16,
        new TaskServices("TEST_QUERY", new CollectingProcessingLogger(), () -> 42L), state);
    chain.open(snapshots);
  }

  static JoinHarness of(TwoInputOperator join) {
    return new JoinHarness(join, TaskState.inMemory(), null);
  }

  static Fed left(TestRows.TestRow row) {
    return new Fed(TwoInputOperator.LEFT, row);
  }

  static Fed right(TestRows.TestRow row) {
    return new Fed(TwoInputOperator.RIGHT, row);
  }

  JoinHarness feed(Fed... rows) {
    for (int i = 0; i < rows.length; i++) {
      // A -U and its +U arrive together, as the task keeps them in one batch.
      boolean pair = i + 1 < rows.length && rows[i].row().kind() == RowKind.UPDATE_BEFORE
          && rows[i + 1].side() == rows[i].side() && rows[i + 1].row().kind() == RowKind.UPDATE_AFTER;
      TestRows.TestRow[] unit = pair ? new TestRows.TestRow[] {rows[i].row(), rows[i + 1].row()}
          : new TestRows.TestRow[] {rows[i].row()};
      chain.process(rows[i].side(), TestRows.batch(unit));
      chain.advanceStreamTime(Math.max(chain.streamTime(), unit[unit.length - 1].rowtime()));
      if (pair) {
        i++;
      }
    }
    return this;
  }

  List<String> output() {
    return sink.rows();
  }

  /**
   * Feeds {@code rows} one change at a time, each through a fresh operator restored from the
   * changelog the previous ones committed to; the output must be that of one uninterrupted run.
   */
  static List<String> assertRestoreAtEveryRowIsTransparent(PartitionLog changelog,
      Supplier<TwoInputOperator> factory, Fed... rows) {
    List<String> straight = of(factory.get()).feed(rows).output();
    List<String> restarted = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      boolean pair = i + 1 < rows.length && rows[i].row().kind() == RowKind.UPDATE_BEFORE
          && rows[i + 1].row().kind() == RowKind.UPDATE_AFTER;
      Fed[] unit = pair ? new Fed[] {rows[i], rows[++i]} : new Fed[] {rows[i]};
      TaskState state = new TaskState(changelog);
      List<byte[]> snapshots = state.restore().map(Checkpoint::snapshots).orElse(null);
      JoinHarness harness = new JoinHarness(factory.get(), state, snapshots);
      harness.feed(unit);
      restarted.addAll(harness.output());
      state.commit(new Checkpoint(Map.of(), harness.chain.snapshot()));
    }
    Assertions.assertThat(restarted).as("output with a restore from the changelog before every row")
        .containsExactlyElementsOf(straight);
    return straight;
  }
}
