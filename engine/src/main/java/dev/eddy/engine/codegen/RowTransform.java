package dev.eddy.engine.codegen;

import java.util.function.Consumer;

/**
 * A compiled filter-and-projection over {@code Object[]} rows in Calcite's internal
 * representation. Implementations are generated per query and hold no mutable state, so one
 * instance may serve every task of a query.
 */
@FunctionalInterface
public interface RowTransform {

  /**
   * The output row for {@code row}, or {@code null} when the row does not pass the filter.
   * Throws whatever the expressions throw (a bad cast, a division by zero); the caller decides
   * what a failing row means.
   */
  Object[] apply(Object[] row);

  /**
   * As {@link #apply(Object[])}, except that a column whose expression throws is NULL in the
   * result and its exception goes to {@code failures}, as ksqlDB computes a row whose function
   * fails on one field. A failing filter still throws.
   */
  default Object[] apply(Object[] row, Consumer<RuntimeException> failures) {
    return apply(row);
  }
}
