package dev.eddy.engine.runtime;

import dev.eddy.engine.state.KeyValueStore;

/**
 * What the runtime gives an operator at {@link Operator#open}.
 *
 * <p>Contract: valid from {@code open} to {@code close}, used from the task's thread only.
 */
public interface OperatorContext {

  /** The query this operator belongs to, e.g. {@code CSAS_ORDERS_3}. */
  String queryId();

  /** The operator's id within its task, unique per query, e.g. {@code 1:Calc}. */
  String operatorId();

  /** The task's current stream time (largest event time seen), or {@link Long#MIN_VALUE} before any row. */
  long streamTime();

  /**
   * Reports a row that failed to evaluate: counts it against this operator and writes an entry
   * to the processing log. The operator then skips the row and carries on.
   */
  void reportRowError(RowKind kind, Object[] row, long rowtime, Throwable error);

  /**
   * Reports a row dropped because its window had already closed (stream time passed the
   * window's end plus its grace period): counts it against this operator and writes a
   * {@code LATE_RECORD} entry to the processing log.
   */
  void reportLateRow(RowKind kind, Object[] row, long rowtime, String reason);

  /**
   * The operator's store named {@code name}, restored from the task's changelog after a
   * restart; changes become durable with the task's next commit, together with the offsets
   * they cover. Create stores in {@code open}.
   */
  <K, V> KeyValueStore<K, V> store(String name);

  /**
   * Asks the task to end after the current batch is written, e.g. when a LIMIT is reached. The
   * task then flushes, commits and completes its sink; rows emitted later in the current batch
   * are still delivered, so the operator itself must stop emitting.
   */
  void requestEnd();
}
