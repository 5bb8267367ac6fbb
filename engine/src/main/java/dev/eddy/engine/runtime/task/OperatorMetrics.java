package dev.eddy.engine.runtime.task;

import dev.eddy.engine.state.KeyValueStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counters of one operator in one task: rows in, rows out, rows skipped on error, late rows
 * dropped. EXPLAIN ANALYZE and the metrics endpoint read them from other threads.
 *
 * <p>Only the task's thread writes, so a volatile field with a plain read-add-write is exact
 * and cheaper than an atomic; readers see a recent value.
 */
public final class OperatorMetrics {

  private final String operatorId;
  private volatile long rowsIn;
  private volatile long rowsOut;
  private volatile long errors;
  private volatile long lateRows;
  private volatile long nanos;
  private final List<KeyValueStore<?, ?>> stores = new CopyOnWriteArrayList<>();

  public OperatorMetrics(String operatorId) {
    this.operatorId = operatorId;
  }

  public String operatorId() {
    return operatorId;
  }

  public long rowsIn() {
    return rowsIn;
  }

  public long rowsOut() {
    return rowsOut;
  }

  public long errors() {
    return errors;
  }

  /** Rows dropped because their window had closed. */
  public long lateRows() {
    return lateRows;
  }

  /** Time spent in this operator's process calls (its own work and what it pushed downstream). */
  public long nanos() {
    return nanos;
  }

  void addNanos(long count) {
    nanos += count;
  }

  /** Keys held in this operator's state stores. */
  public long stateKeys() {
    return stores.stream().mapToLong(KeyValueStore::size).sum();
  }

  /** Encoded bytes of this operator's state, as of the task's last commit. */
  public long stateBytes() {
    return stores.stream().mapToLong(KeyValueStore::bytes).sum();
  }

  void addStore(KeyValueStore<?, ?> store) {
    stores.add(store);
  }

  void addStoresOf(OperatorMetrics other) {
    stores.addAll(other.stores);
  }

  // Single writer (the task thread, or the one thread summing a snapshot), so += on a volatile is exact.

  void addRowsIn(long count) {
    rowsIn += count;
  }

  void addRowsOut(long count) {
    rowsOut += count;
  }

  void addError() {
    errors++;
  }

  void addErrors(long count) {
    errors += count;
  }

  void addLateRow() {
    lateRows++;
  }

  void addLateRows(long count) {
    lateRows += count;
  }

  @Override
  public String toString() {
    return operatorId + "{in=" + rowsIn + ", out=" + rowsOut + ", errors=" + errors
        + (lateRows == 0 ? "" : ", late=" + lateRows)
        + (stores.isEmpty() ? "" : ", state keys=" + stateKeys() + ", state bytes=" + stateBytes()) + "}";
  }
}
