package dev.eddy.engine.runtime;

/**
 * An operator with two inputs, a join: the task feeds it rows of its left input (0) and its
 * right input (1), each in that input's own schema, interleaved in event-time order across the
 * two (see {@link dev.eddy.engine.runtime.task.Task}).
 *
 * <p>The lifecycle is {@link Operator}'s; rows arrive through {@link #process(int, RowBatch,
 * Collector)} only.
 */
public interface TwoInputOperator extends Operator {

  /** The left input's index. */
  int LEFT = 0;
  /** The right input's index. */
  int RIGHT = 1;

  /**
   * Processes every row of {@code input}, which came from input {@code side}.
   *
   * @param side {@link #LEFT} or {@link #RIGHT}
   */
  void process(int side, RowBatch input, Collector out);

  /** A two-input operator is never fed without saying which input a batch came from. */
  @Override
  default void process(RowBatch input, Collector out) {
    throw new IllegalStateException(getClass().getSimpleName() + " has two inputs; the task names the side");
  }
}
