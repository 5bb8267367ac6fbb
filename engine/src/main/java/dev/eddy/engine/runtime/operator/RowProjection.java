package dev.eddy.engine.runtime.operator;

/**
 * A compiled or hand-written projection: the output row for one input row. Must return a new
 * array (the input row may be shared with other consumers). Stateless and thread-safe. May
 * throw; the operator reports and skips the row.
 */
@FunctionalInterface
public interface RowProjection {

  Object[] apply(Object[] row);
}
