package dev.eddy.engine.runtime.operator;

/**
 * A compiled or hand-written condition over one row. Stateless and thread-safe, so one
 * instance serves every task of a query. May throw; the operator reports and skips the row.
 */
@FunctionalInterface
public interface RowPredicate {

  /** True to keep {@code row}; SQL's UNKNOWN counts as false. */
  boolean test(Object[] row);
}
