package dev.eddy.engine.runtime;

import dev.eddy.engine.runtime.task.OperatorChain;
import dev.eddy.engine.runtime.task.OperatorMetrics;
import dev.eddy.engine.runtime.task.TaskServices;
import java.util.ArrayList;
import java.util.List;
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
    chain = new OperatorChain(operators, sink, batchCapacity,
        new TaskServices(QUERY_ID, processingLog, () -> 42L));
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
}
