package dev.eddy.functions.api;

/**
 * An aggregation over a table's changelog: when a row is updated or deleted its old value is
 * taken back out with {@link #undo}. Only aggregates that implement this can aggregate a table.
 */
public interface TableUdaf<I, A, O> extends Udaf<I, A, O> {

  /** Removes a value previously passed to {@link #aggregate}. */
  A undo(I valueToUndo, A aggregate);
}
