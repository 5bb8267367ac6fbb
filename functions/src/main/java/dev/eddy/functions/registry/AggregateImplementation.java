package dev.eddy.functions.registry;

import dev.eddy.functions.api.Configurable;
import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Triple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.types.SqlType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * An aggregate overload: a static {@code @UdafFactory} method that creates one {@link Udaf} per
 * aggregation (per query and aggregate call), given the call's literal arguments.
 *
 * <p>The first {@link #columnCount()} parameters of the signature are aggregated columns, the
 * rest are literals; an aggregate declared {@code Udaf<Void, A, O>} has no column and is fed
 * one {@code null} per row ({@code COUNT(*)}). The engine passes each row's column values through {@link #input} (which
 * builds the {@link Pair} or {@link Triple} a multi-column aggregate expects) and keeps the
 * aggregate, typed {@link #aggregateType()}, in its state store.
 */
public final class AggregateImplementation implements FunctionImplementation {

  private final Method factory;
  private final int columnCount;
  private final SqlType aggregateType;
  private final boolean supportsUndo;
  private final Map<String, ?> config;

  AggregateImplementation(
      Method factory, int columnCount, SqlType aggregateType, Map<String, ?> config) {
    this.factory = factory;
    this.columnCount = columnCount;
    this.aggregateType = aggregateType;
    this.supportsUndo = TableUdaf.class.isAssignableFrom(factory.getReturnType());
    this.config = config;
  }

  public Method factory() {
    return factory;
  }

  /** How many leading arguments are aggregated columns (0 for COUNT(*), up to 3). */
  public int columnCount() {
    return columnCount;
  }

  /** The SQL type of the intermediate aggregate {@code A}, as stored in state. */
  public SqlType aggregateType() {
    return aggregateType;
  }

  /** True if the aggregate is a {@link TableUdaf}, so it can aggregate a table's changelog. */
  public boolean supportsUndo() {
    return supportsUndo;
  }

  /**
   * A new aggregation for a resolved call: the literal arguments in order, and the call's
   * argument types ({@link ResolvedCall#argumentTypes()}) passed to
   * {@link Udaf#initializeTypeArguments}.
   *
   * @throws FunctionException if the factory rejects the literals (e.g. {@code TOPK(x, 0)})
   */
  public Udaf<Object, Object, Object> create(List<?> literalArgs, List<SqlType> argumentTypes) {
    Udaf<Object, Object, Object> udaf = create(literalArgs);
    udaf.initializeTypeArguments(argumentTypes);
    return udaf;
  }

  /** A new aggregation, given the literal arguments; without argument types. */
  @SuppressWarnings("unchecked")
  public Udaf<Object, Object, Object> create(List<?> literalArgs) {
    Object udaf;
    try {
      udaf = factory.invoke(null, literalArgs.toArray());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new FunctionException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new FunctionException("Cannot create aggregate with " + factory + ": " + e.getMessage(), e);
    }
    if (udaf instanceof Configurable c) {
      c.configure(config);
    }
    return (Udaf<Object, Object, Object>) udaf;
  }

  public Udaf<Object, Object, Object> create(Object... literalArgs) {
    return create(java.util.Arrays.asList(literalArgs));
  }

  /** The aggregate's input value for one row's column values. */
  public Object input(Object... columnValues) {
    if (columnValues.length != columnCount) {
      throw new IllegalArgumentException(
          "expected " + columnCount + " column values, got " + columnValues.length);
    }
    return switch (columnCount) {
      case 0 -> null;
      case 1 -> columnValues[0];
      case 2 -> new Pair<>(columnValues[0], columnValues[1]);
      default -> new Triple<>(columnValues[0], columnValues[1], columnValues[2]);
    };
  }

  @Override
  public String toString() {
    return factory.getDeclaringClass().getName() + "." + factory.getName();
  }
}
