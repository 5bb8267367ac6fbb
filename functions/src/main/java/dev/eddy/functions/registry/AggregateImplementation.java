package dev.eddy.functions.registry;

import dev.eddy.functions.api.Configurable;
import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Quadruple;
import dev.eddy.functions.api.Quintuple;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Triple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.VariadicArgs;
import dev.eddy.functions.types.SqlType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An aggregate overload: a static {@code @UdafFactory} method that creates one {@link Udaf} per
 * aggregation (per query and aggregate call), given the call's literal arguments.
 *
 * <p>A call's leading arguments ({@link #columnCount(int)} of them) are aggregated columns, the
 * rest are literals; an aggregate declared {@code Udaf<Void, A, O>} has no column and is fed
 * one {@code null} per row ({@code COUNT(*)}). One declared column may be variadic
 * ({@link VariadicArgs}), standing for zero or more columns of the call. The engine passes each
 * row's column values through {@link #input} (which builds the {@link Pair}, {@link Triple},
 * {@link Quadruple} or {@link Quintuple} a multi-column aggregate expects) and keeps the
 * aggregate, typed {@link #aggregateType()}, in its state store.
 */
public final class AggregateImplementation implements FunctionImplementation {

  private final Method factory;
  private final int declaredColumns;
  private final int variadicColumn;
  private final SqlType aggregateType;
  private final boolean supportsUndo;
  private final Map<String, ?> config;

  AggregateImplementation(Method factory, int declaredColumns, int variadicColumn,
      SqlType aggregateType, Map<String, ?> config) {
    this.factory = factory;
    this.declaredColumns = declaredColumns;
    this.variadicColumn = variadicColumn;
    this.aggregateType = aggregateType;
    this.supportsUndo = TableUdaf.class.isAssignableFrom(factory.getReturnType());
    this.config = config;
  }

  public Method factory() {
    return factory;
  }

  /**
   * How many of a call's {@code argumentCount} leading arguments are aggregated columns (0 for
   * COUNT(*)); the rest are the factory's literals. Only a variadic column makes it depend on
   * the call.
   */
  public int columnCount(int argumentCount) {
    return variadicColumn < 0 ? declaredColumns : argumentCount - factory.getParameterCount();
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
      udaf = factory.invoke(null, MethodImplementation.packVarargs(factory, literalArgs).toArray());
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
    return create(Arrays.asList(literalArgs));
  }

  /**
   * The aggregate's input value for one row's column values: the value itself for one column,
   * a tuple for several, the values of a variadic column gathered into {@link VariadicArgs}.
   */
  public Object input(Object... columnValues) {
    Object[] parts = variadicColumn < 0 ? columnValues : gatherVariadic(columnValues);
    if (parts.length != declaredColumns) {
      throw new IllegalArgumentException(
          "expected " + declaredColumns + " column values, got " + columnValues.length);
    }
    return switch (parts.length) {
      case 0 -> null;
      case 1 -> parts[0];
      case 2 -> new Pair<>(parts[0], parts[1]);
      case 3 -> new Triple<>(parts[0], parts[1], parts[2]);
      case 4 -> new Quadruple<>(parts[0], parts[1], parts[2], parts[3]);
      default -> new Quintuple<>(parts[0], parts[1], parts[2], parts[3], parts[4]);
    };
  }

  /** One value per declared column: the variadic column's repeats become one VariadicArgs. */
  private Object[] gatherVariadic(Object[] columnValues) {
    int repeats = columnValues.length - (declaredColumns - 1);
    if (repeats < 0) {
      return columnValues;
    }
    Object[] parts = new Object[declaredColumns];
    System.arraycopy(columnValues, 0, parts, 0, variadicColumn);
    parts[variadicColumn] = new VariadicArgs<>(
        Arrays.asList(columnValues).subList(variadicColumn, variadicColumn + repeats));
    System.arraycopy(columnValues, variadicColumn + repeats, parts, variadicColumn + 1,
        declaredColumns - 1 - variadicColumn);
    return parts;
  }

  @Override
  public String toString() {
    return factory.getDeclaringClass().getName() + "." + factory.getName();
  }
}
