package dev.eddy.engine.runtime;

/**
 * Where an operator pushes its output rows.
 *
 * <p>Contract: the call is synchronous and never refuses a row. The runtime appends the row to
 * a bounded {@link RowBatch} and, when that batch is full, hands it to the next operator (or
 * the sink) before returning — so nothing between operators ever buffers more than one batch.
 * Backpressure is applied where it can be honoured without resuming an operator mid-batch: the
 * task does not pull the next source batch while its {@link Sink} is not
 * {@linkplain Sink#isWritable() writable} (see {@link dev.eddy.engine.runtime.task.Task}).
 *
 * <p>The caller keeps ownership of nothing: after {@code collect} the row array belongs to the
 * downstream and must not be mutated (emit a fresh array per output row).
 */
@FunctionalInterface
public interface Collector {

  /**
   * Emits one row.
   *
   * @param kind the change this row carries
   * @param row the values, in the output schema's column order
   * @param rowtime the row's event time, epoch milliseconds
   */
  void collect(RowKind kind, Object[] row, long rowtime);
}
