package dev.eddy.engine.runtime;

import dev.eddy.engine.runtime.task.OperatorChain;
import dev.eddy.engine.runtime.task.OperatorMetrics;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.PartitionLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/**
 * Runs operators the way a task does (an {@link OperatorChain} into a collecting sink) so tests
 * assert the exact changelog, Flink-harness style.
 */
public final class OperatorHarness {

  public static final String QUERY_ID = "TEST_QUERY";

  private final CollectingSink sink = new CollectingSink();
  private final CollectingProcessingLogger processingLog = new CollectingProcessingLogger();
  private final OperatorChain chain;

  private OperatorHarness(List<Operator> operators, int batchCapacity, List<byte[]> snapshots) {
    this(operators, batchCapacity, snapshots, TaskState.inMemory());
  }

  private OperatorHarness(List<Operator> operators, int batchCapacity, List<byte[]> snapshots, TaskState state) {
    chain = new OperatorChain(operators, null, sink, batchCapacity,
        new TaskServices(QUERY_ID, processingLog, () -> 42L), state);
    chain.open(snapshots);
  }

  public static OperatorHarness of(Operator... operators) {
    return new OperatorHarness(List.of(operators), 16, null);
  }

  public static OperatorHarness withBatchCapacity(int batchCapacity, Operator... operators) {
    return new OperatorHarness(List.of(operators), batchCapacity, null);
  }

  /** Opens the operators from a snapshot, as a restarted task does. */
  public static OperatorHarness restored(List<byte[]> snapshots, Operator... operators) {
    return new OperatorHarness(List.of(operators), 16, snapshots);
  }

  /**
   * Runs the operators over {@code state}, as a task does: restore the state first (a task
   * restores before it opens its operators), then pass the restored checkpoint's snapshots.
   */
  public static OperatorHarness withState(TaskState state, List<byte[]> snapshots, Operator... operators) {
    return new OperatorHarness(List.of(operators), 16, snapshots, state);
  }

  public OperatorHarness process(TestRows.TestRow... rows) {
    chain.process(TestRows.batch(rows));
    return this;
  }

  public OperatorHarness advanceStreamTime(long time) {
    chain.advanceStreamTime(time);
    return this;
  }

  /** Output rows as {@code +I[1, a] @1000}. */
  public List<String> output() {
    return sink.rows();
  }

  public List<Integer> outputBatchSizes() {
    return sink.batchSizes();
  }

  public CollectingProcessingLogger processingLog() {
    return processingLog;
  }

  public List<OperatorMetrics> metrics() {
    return chain.metrics();
  }

  public OperatorChain chain() {
    return chain;
  }

  /**
   * Hazelcast Jet TestSupport's check: feeds {@code rows} one at a time, and before every row
   * snapshots the operator and restores the snapshot into a fresh instance (as a restarted task
   * would). The output must be exactly that of one uninterrupted run; returns it.
   */
  public static List<String> assertSnapshotRestoreAtEveryRowIsTransparent(
      Supplier<Operator> factory, TestRows.TestRow... rows) {
    OperatorHarness straight = of(factory.get()).process(rows);
    List<String> restartedOutput = new ArrayList<>();
    List<byte[]> snapshot = null;
    for (TestRows.TestRow row : rows) {
      OperatorHarness harness = new OperatorHarness(List.of(factory.get()), 16, snapshot);
      harness.process(row);
      restartedOutput.addAll(harness.output());
      snapshot = harness.chain().snapshot();
    }
    Assertions.assertThat(restartedOutput).as("output with a snapshot and restore before every row")
        .containsExactlyElementsOf(straight.output());
    return straight.output();
  }

  /**
   * The same check as {@link #assertSnapshotRestoreAtEveryRowIsTransparent}, through a real
   * changelog: before every row a new {@link TaskState} restores from {@code changelog} and a
   * fresh operator opens with the restored checkpoint's snapshots; after the row the task
   * commits its state and snapshots. So stores round-trip through their encoding at every step.
   * The output, and the processing-log rows, must be exactly those of one uninterrupted run;
   * returns the output.
   */
  public static List<String> assertRestoreFromChangelogAtEveryRowIsTransparent(PartitionLog changelog,
      Supplier<Operator> factory, TestRows.TestRow... rows) {
    OperatorHarness straight = of(factory.get()).process(rows);
    List<String> restartedOutput = new ArrayList<>();
    List<String> restartedLog = new ArrayList<>();
    // A -U and the +U after it stay in one batch, as the runtime keeps them (one change).
    for (int i = 0; i < rows.length; i++) {
      boolean pair = rows[i].kind() == RowKind.UPDATE_BEFORE && i + 1 < rows.length
          && rows[i + 1].kind() == RowKind.UPDATE_AFTER;
      TestRows.TestRow[] unit = pair ? new TestRows.TestRow[] {rows[i], rows[++i]} : new TestRows.TestRow[] {rows[i]};
      TaskState state = new TaskState(changelog);
      List<byte[]> snapshots = state.restore().map(Checkpoint::snapshots).orElse(null);
      OperatorHarness harness = withState(state, snapshots, factory.get());
      harness.process(unit);
      restartedOutput.addAll(harness.output());
      harness.processingLog().entries().forEach(e -> restartedLog.add(e.message() + " " + e.row()));
      state.commit(new Checkpoint(Map.of(), harness.chain().snapshot()));
    }
    Assertions.assertThat(restartedOutput).as("output with a restore from the changelog before every row")
        .containsExactlyElementsOf(straight.output());
    Assertions.assertThat(restartedLog).as("processing log with a restore from the changelog before every row")
        .containsExactlyElementsOf(straight.processingLog().entries().stream().map(e -> e.message() + " " + e.row()).toList());
    return straight.output();
  }
}
