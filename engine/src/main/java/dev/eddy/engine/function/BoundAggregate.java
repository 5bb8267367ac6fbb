package dev.eddy.engine.function;

import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.registry.AggregateImplementation;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlType;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One aggregate call of a plan bound to the registry implementation it runs: which input
 * columns it reads, its literal arguments, and the conversions between the engine's row values
 * and the UDAF's Java values. Built once per query at planning time; {@link #newUdaf()} gives
 * each task its own instance.
 */
public final class BoundAggregate {

  private final String name;
  private final AggregateImplementation implementation;
  private final List<?> literals;
  private final List<SqlType> argumentTypes;
  private final int[] columns;
  private final ValueConverter[] toJava;
  private final SqlTypeName[] widenTo;
  private final ValueConverter fromJava;
  private final SqlTypeName resultType;
  private final int filterColumn;

  private BoundAggregate(String name, ResolvedCall resolved, List<?> literals, int[] columns,
      List<RelDataType> columnTypes, RelDataType resultType, int filterColumn) {
    this.name = name;
    this.implementation = resolved.signature().aggregate();
    this.literals = List.copyOf(literals);
    this.argumentTypes = resolved.argumentTypes();
    this.columns = columns;
    this.toJava = new ValueConverter[columns.length];
    this.widenTo = new SqlTypeName[columns.length];
    for (int i = 0; i < columns.length; i++) {
      SqlType wanted = argumentTypes.get(i);
      toJava[i] = ValueConverters.toJava(wanted).orElse(null);
      SqlTypeName target = switch (wanted.baseType()) {
        case INTEGER -> SqlTypeName.INTEGER;
        case BIGINT -> SqlTypeName.BIGINT;
        case DOUBLE -> SqlTypeName.DOUBLE;
        case DECIMAL -> SqlTypeName.DECIMAL;
        default -> null;
      };
      widenTo[i] = columnTypes.get(i).getSqlTypeName() == target ? null : target;
    }
    this.fromJava = ValueConverters.fromJava(resolved.returnType()).orElse(null);
    this.resultType = resultType.getSqlTypeName();
    this.filterColumn = filterColumn;
  }

  /**
   * Binds {@code call} over rows of {@code inputType}.
   *
   * @param literals the values of the call's trailing literal arguments, in order
   * @throws IllegalArgumentException if no registry aggregate implements the call
   */
  public static BoundAggregate bind(EddyOperatorTable table, AggregateCall call, RelDataType inputType,
      List<?> literals) {
    ResolvedCall resolved = AggregateCalls.resolve(table, call, inputType)
        .orElseThrow(() -> new IllegalArgumentException("No implementation of aggregate " + call.getAggregation().getName()));
    AggregateImplementation implementation = resolved.signature().aggregate();
    int columnCount = implementation.columnCount(call.getArgList().size());
    int[] columns = new int[columnCount];
    List<RelDataType> columnTypes = new java.util.ArrayList<>();
    for (int i = 0; i < columnCount; i++) {
      columns[i] = call.getArgList().get(i);
      columnTypes.add(inputType.getFieldList().get(columns[i]).getType());
    }
    return new BoundAggregate(call.getAggregation().getName(), resolved, literals, columns, columnTypes,
        call.getType(), call.filterArg);
  }

  /** Input positions beyond the columns this call aggregates: its literal arguments. */
  public static int columnCount(EddyOperatorTable table, AggregateCall call, RelDataType inputType) {
    return AggregateCalls.resolve(table, call, inputType)
        .map(r -> r.signature().aggregate().columnCount(call.getArgList().size()))
        .orElse(call.getArgList().size());
  }

  public String name() {
    return name;
  }

  /** Whether the aggregate can take a value back out, so it can aggregate a table's changes. */
  public boolean supportsUndo() {
    return implementation.supportsUndo();
  }

  /** A fresh aggregation, for one task. */
  public Udaf<Object, Object, Object> newUdaf() {
    return implementation.create(literals, argumentTypes);
  }

  /** Whether the row passes the call's FILTER clause (always, without one). */
  public boolean accepts(Object[] row) {
    return filterColumn < 0 || Boolean.TRUE.equals(row[filterColumn]);
  }

  /** The UDAF's input for one row: its columns' values in the Java form it expects. */
  public Object input(Object[] row) {
    Object[] values = new Object[columns.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(row, i);
    }
    return implementation.input(values);
  }

  private Object value(Object[] row, int i) {
    Object value = row[columns[i]];
    if (value == null) {
      return null;
    }
    if (widenTo[i] != null) {
      value = widen(value, widenTo[i]);
    }
    return toJava[i] == null ? value : toJava[i].convert(value);
  }

  /** The result for {@code aggregate}, in the engine's row form and the call's SQL type. */
  public Object result(Udaf<Object, Object, Object> udaf, Object aggregate) {
    Object result = udaf.map(aggregate);
    if (result == null) {
      return null;
    }
    if (fromJava != null) {
      result = fromJava.convert(result);
    }
    return widen(result, resultType);
  }

  /** Takes a value back out; only for {@link #supportsUndo()} aggregates. */
  public static Object undo(Udaf<Object, Object, Object> udaf, Object input, Object aggregate) {
    return ((TableUdaf<Object, Object, Object>) udaf).undo(input, aggregate);
  }

  /** Numeric values in the Java class of {@code type}; anything else unchanged. */
  private static Object widen(Object value, SqlTypeName type) {
    if (!(value instanceof Number number)) {
      return value;
    }
    return switch (type) {
      case INTEGER -> value instanceof Integer ? value : Integer.valueOf(number.intValue());
      case BIGINT -> value instanceof Long ? value : Long.valueOf(number.longValue());
      case DOUBLE, FLOAT -> value instanceof Double ? value : Double.valueOf(number.doubleValue());
      case REAL -> value instanceof Float ? value : Float.valueOf(number.floatValue());
      case SMALLINT -> value instanceof Short ? value : Short.valueOf(number.shortValue());
      case TINYINT -> value instanceof Byte ? value : Byte.valueOf(number.byteValue());
      case DECIMAL -> value instanceof BigDecimal ? value
          : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(number.doubleValue())
          : BigDecimal.valueOf(number.longValue());
      default -> value;
    };
  }
}
