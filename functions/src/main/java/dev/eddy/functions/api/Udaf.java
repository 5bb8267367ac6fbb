package dev.eddy.functions.api;

import dev.eddy.functions.types.SqlType;
import java.util.List;

/**
 * An aggregation over a stream: input values {@code I} fold into an aggregate {@code A}, which
 * {@link #map} turns into the result {@code O}.
 *
 * <p>The engine keeps {@code A} in its state store, so {@code A} must be one of the UDF value
 * types (a {@code Struct}, {@code List} or {@code Map} for composite state), never an arbitrary
 * Java object. Implementations must not mutate an aggregate they did not create unless they
 * return it: the engine may hold the previous value for change emission.
 */
public interface Udaf<I, A, O> {

  /**
   * Called once after creation with the SQL types of the call's arguments (columns, then
   * literals), for aggregates whose behaviour depends on them, such as a decimal sum that must
   * detect overflow of its declared precision. Optional.
   */
  default void initializeTypeArguments(List<SqlType> argumentTypes) {}

  /** The aggregate of an empty group. */
  A initialize();

  /** Folds one value into the aggregate. {@code value} may be null. */
  A aggregate(I value, A aggregate);

  /** Combines two aggregates, e.g. when session windows merge. */
  A merge(A left, A right);

  /** The result for an aggregate. */
  O map(A aggregate);
}
