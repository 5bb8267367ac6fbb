package dev.eddy.functions.types;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TriFunction;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The mapping between SQL types and the Java value types of the UDF API, the same as ksqlDB's:
 * BOOLEAN=Boolean, INTEGER=Integer, BIGINT=Long, DOUBLE=Double, DECIMAL=BigDecimal,
 * STRING=String, BYTES=ByteBuffer, DATE=java.sql.Date, TIME=java.sql.Time,
 * TIMESTAMP=java.sql.Timestamp, ARRAY=List, MAP=Map, STRUCT={@link Struct}; an {@code Object}
 * parameter takes any type ({@link SqlTypeVariable#ANY}).
 */
public final class JavaTypes {

  private JavaTypes() {}

  /**
   * The SQL type of a Java parameter or return type, generics resolved: {@code List<T>} is
   * {@code ARRAY<T>}, {@code Function<T, U>} is {@code LAMBDA(T => U)}. A bare {@code BigDecimal}
   * or {@code Struct} gives the open {@link SqlDecimal#ANY} / {@link SqlStruct#ANY}.
   *
   * @throws IllegalArgumentException for a Java type with no SQL counterpart
   */
  public static SqlType sqlType(Type javaType) {
    if (javaType instanceof Class<?> c) {
      return ofClass(c);
    }
    if (javaType instanceof TypeVariable<?> v) {
      return new SqlTypeVariable(v.getName());
    }
    if (javaType instanceof WildcardType w) {
      Type[] lower = w.getLowerBounds();
      return sqlType(lower.length > 0 ? lower[0] : w.getUpperBounds()[0]);
    }
    if (javaType instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return new SqlArray(sqlType(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new SqlMap(sqlType(args[0]), sqlType(args[1]));
      }
      if (raw == Function.class || raw == BiFunction.class || raw == TriFunction.class) {
        List<SqlType> inputs = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
          inputs.add(sqlType(args[i]));
        }
        return new SqlLambda(inputs, sqlType(args[args.length - 1]));
      }
    }
    if (javaType instanceof GenericArrayType) {
      throw new IllegalArgumentException(
          "Java arrays are not SQL types (use List): " + javaType.getTypeName());
    }
    throw new IllegalArgumentException("no SQL type for Java type " + javaType.getTypeName());
  }

  private static SqlType ofClass(Class<?> c) {
    if (c == Boolean.class || c == boolean.class) {
      return SqlTypes.BOOLEAN;
    }
    if (c == Integer.class || c == int.class) {
      return SqlTypes.INTEGER;
    }
    if (c == Long.class || c == long.class) {
      return SqlTypes.BIGINT;
    }
    if (c == Double.class || c == double.class) {
      return SqlTypes.DOUBLE;
    }
    if (c == BigDecimal.class) {
      return SqlDecimal.ANY;
    }
    if (c == String.class) {
      return SqlTypes.STRING;
    }
    if (c == ByteBuffer.class) {
      return SqlTypes.BYTES;
    }
    if (c == java.sql.Date.class) {
      return SqlTypes.DATE;
    }
    if (c == java.sql.Time.class) {
      return SqlTypes.TIME;
    }
    if (c == java.sql.Timestamp.class) {
      return SqlTypes.TIMESTAMP;
    }
    if (c == Struct.class) {
      return SqlStruct.ANY;
    }
    if (c == Object.class) {
      return SqlTypeVariable.ANY;
    }
    if (List.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
      throw new IllegalArgumentException(
          "raw " + c.getSimpleName() + " has no element type; declare its type arguments");
    }
    throw new IllegalArgumentException("no SQL type for Java type " + c.getName());
  }

  /** The Java class that holds values of a SQL type; what generated code casts to. */
  public static Class<?> javaClass(SqlType type) {
    return switch (type.baseType()) {
      case BOOLEAN -> Boolean.class;
      case INTEGER -> Integer.class;
      case BIGINT -> Long.class;
      case DOUBLE -> Double.class;
      case DECIMAL -> BigDecimal.class;
      case STRING -> String.class;
      case BYTES -> ByteBuffer.class;
      case DATE -> java.sql.Date.class;
      case TIME -> java.sql.Time.class;
      case TIMESTAMP -> java.sql.Timestamp.class;
      case ARRAY -> List.class;
      case MAP -> Map.class;
      case STRUCT -> Struct.class;
      case LAMBDA -> lambdaClass((SqlLambda) type);
      case TYPE_VARIABLE -> Object.class;
    };
  }

  private static Class<?> lambdaClass(SqlLambda lambda) {
    return switch (lambda.inputTypes().size()) {
      case 1 -> Function.class;
      case 2 -> BiFunction.class;
      case 3 -> TriFunction.class;
      default -> throw new IllegalArgumentException("lambdas take 1 to 3 arguments: " + lambda);
    };
  }
}
