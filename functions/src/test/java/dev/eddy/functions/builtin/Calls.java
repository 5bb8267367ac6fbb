package dev.eddy.functions.builtin;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.registry.FunctionKind;
import dev.eddy.functions.registry.FunctionRegistry;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Calls built-ins the way the engine will: argument types are derived from the Java values,
 * the registry resolves the overload, each argument is converted to the resolved parameter type
 * (INTEGER to BIGINT, ...) and the implementation is invoked. So every function test also
 * exercises its descriptor and overload resolution.
 */
public final class Calls {

  public static final FunctionRegistry REGISTRY = FunctionRegistry.builtIns();

  /** A value with an explicit SQL type, for values whose type cannot be inferred (empty lists, lambdas). */
  public record Typed(SqlType type, Object value) {}

  private Calls() {}

  public static Typed typed(SqlType type, Object value) {
    return new Typed(type, value);
  }

  /** One table row: function name, expected result, arguments. */
  public static Arguments row(String function, Object expected, Object... args) {
    return Arguments.of(function, expected, args);
  }

  public static ResolvedCall resolve(String function, Object... args) {
    List<SqlType> types = new ArrayList<>();
    for (Object a : args) {
      types.add(typeOf(a));
    }
    return REGISTRY.resolve(function, types);
  }

  /** Resolves and invokes a scalar function. */
  public static Object call(String function, Object... args) {
    ResolvedCall call = resolve(function, args);
    Object[] values = convert(args, call.argumentTypes());
    return call.signature().method().invoke(values);
  }

  /** Resolves and invokes a table function, returning its rows. */
  public static List<?> rows(String function, Object... args) {
    assert REGISTRY.get(function).kind() == FunctionKind.TABLE;
    return (List<?>) call(function, args);
  }

  /** Creates an aggregation for column type(s) and literal arguments. */
  public static Udaf<Object, Object, Object> aggregate(String function, List<SqlType> columnTypes,
      Object... literals) {
    List<SqlType> types = new ArrayList<>(columnTypes);
    for (Object l : literals) {
      types.add(typeOf(l));
    }
    ResolvedCall call = REGISTRY.resolve(function, types);
    Object[] values = convert(literals,
        call.argumentTypes().subList(columnTypes.size(), types.size()));
    return call.signature().aggregate().create(Arrays.asList(values), call.argumentTypes());
  }

  static Object[] convert(Object[] args, List<SqlType> targets) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object v = args[i] instanceof Typed t ? t.value() : args[i];
      out[i] = convert(v, targets.get(i));
    }
    return out;
  }

  /** The engine's implicit widening of one value. */
  static Object convert(Object v, SqlType target) {
    if (v == null || target == null) {
      return v;
    }
    switch (target.baseType()) {
      case BIGINT:
        return v instanceof Integer i ? (Object) i.longValue() : v;
      case DOUBLE:
        if (v instanceof Integer i) {
          return i.doubleValue();
        }
        if (v instanceof Long l) {
          return l.doubleValue();
        }
        return v instanceof BigDecimal d ? (Object) d.doubleValue() : v;
      case DECIMAL:
        if (v instanceof Integer i) {
          return BigDecimal.valueOf(i);
        }
        return v instanceof Long l ? (Object) BigDecimal.valueOf(l) : v;
      default:
        return v;
    }
  }

  public static SqlType typeOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Typed t) {
      return t.type();
    }
    if (v instanceof Boolean) {
      return SqlTypes.BOOLEAN;
    }
    if (v instanceof Integer) {
      return SqlTypes.INTEGER;
    }
    if (v instanceof Long) {
      return SqlTypes.BIGINT;
    }
    if (v instanceof Double) {
      return SqlTypes.DOUBLE;
    }
    if (v instanceof BigDecimal d) {
      return new SqlDecimal(Math.max(1, Math.max(d.precision(), d.scale())), Math.max(0, d.scale()));
    }
    if (v instanceof String) {
      return SqlTypes.STRING;
    }
    if (v instanceof ByteBuffer) {
      return SqlTypes.BYTES;
    }
    if (v instanceof java.sql.Timestamp) {
      return SqlTypes.TIMESTAMP;
    }
    if (v instanceof java.sql.Time) {
      return SqlTypes.TIME;
    }
    if (v instanceof java.sql.Date) {
      return SqlTypes.DATE;
    }
    if (v instanceof Struct s) {
      return s.schema();
    }
    if (v instanceof List<?> list) {
      return SqlTypes.array(list.stream().filter(e -> e != null).findFirst()
          .map(Calls::typeOf).orElseThrow(() -> new IllegalArgumentException(
              "cannot infer the element type of " + list + "; use typed()")));
    }
    if (v instanceof Map<?, ?> map) {
      return SqlTypes.map(SqlTypes.STRING, map.values().stream().filter(e -> e != null)
          .findFirst().map(Calls::typeOf).orElseThrow(() -> new IllegalArgumentException(
              "cannot infer the value type of " + map + "; use typed()")));
    }
    throw new IllegalArgumentException("no SQL type for test value " + v);
  }

  public static ByteBuffer bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return ByteBuffer.wrap(b);
  }

  /** Lists that may hold NULLs, for expected values. */
  @SafeVarargs
  public static <T> List<T> list(T... values) {
    return Arrays.asList(values);
  }
}
