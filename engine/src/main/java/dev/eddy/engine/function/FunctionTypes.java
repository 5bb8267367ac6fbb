package dev.eddy.engine.function;

import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlMap;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.FunctionSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The one place where Calcite's {@link RelDataType}s meet the functions module's
 * {@link SqlType}s. Calcite types with no ksqlDB counterpart are narrowed to the nearest one
 * (TINYINT and SMALLINT to INTEGER, REAL and FLOAT to DOUBLE, CHAR to STRING) so that literals
 * and Calcite's own expressions can be passed to functions.
 */
public final class FunctionTypes {

  private FunctionTypes() {}

  /**
   * The functions-module type of a Calcite type; null for the type of an untyped NULL, which
   * overload resolution treats as "any".
   *
   * @throws IllegalArgumentException for a type functions cannot take, such as an interval
   */
  public static SqlType toSqlType(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case NULL -> null;
      case BOOLEAN -> SqlTypes.BOOLEAN;
      case TINYINT, SMALLINT, INTEGER -> SqlTypes.INTEGER;
      case BIGINT -> SqlTypes.BIGINT;
      case REAL, FLOAT, DOUBLE -> SqlTypes.DOUBLE;
      case DECIMAL -> SqlTypes.decimal(type.getPrecision(), Math.max(0, type.getScale()));
      case CHAR, VARCHAR -> SqlTypes.STRING;
      case BINARY, VARBINARY -> SqlTypes.BYTES;
      case DATE -> SqlTypes.DATE;
      case TIME -> SqlTypes.TIME;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> SqlTypes.TIMESTAMP;
      case ARRAY -> array(type.getComponentType());
      case MAP -> SqlTypes.map(toSqlType(type.getKeyType()), toSqlType(type.getValueType()));
      case ROW -> struct(type);
      case FUNCTION -> lambda((FunctionSqlType) type);
      default -> throw new IllegalArgumentException(
          "functions do not take values of type " + type.getFullTypeString());
    };
  }

  /** A Calcite type is passed as is if it maps; this tells whether it does. */
  public static boolean isSupported(RelDataType type) {
    try {
      toSqlType(type);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // An empty ARRAY[] has element type NULL in Calcite: like a NULL, it leaves a generic unbound.
  private static SqlType array(RelDataType element) {
    SqlType e = toSqlType(element);
    return e == null ? null : SqlTypes.array(e);
  }

  /** A lambda as the validator types it: its parameters as a row, and its body's type. */
  private static SqlLambda lambda(FunctionSqlType type) {
    List<SqlType> inputs = new ArrayList<>();
    for (RelDataTypeField f : type.getParameterTypes().getFieldList()) {
      inputs.add(toSqlType(f.getType()));
    }
    return SqlTypes.lambda(inputs, toSqlType(type.getReturnType()));
  }

  private static SqlStruct struct(RelDataType type) {
    SqlStruct.Builder b = SqlTypes.struct();
    for (RelDataTypeField f : type.getFieldList()) {
      b.field(f.getName(), toSqlType(f.getType()));
    }
    return b.build();
  }

  /**
   * The Calcite type of a concrete functions-module type; nullable at every level, since a
   * function may return NULL for any input and collections may hold NULLs.
   *
   * @throws IllegalArgumentException for an open type (generic, any-decimal, lambda)
   */
  public static RelDataType toRelDataType(SqlType type, RelDataTypeFactory factory) {
    return factory.createTypeWithNullability(notNull(type, factory), true);
  }

  private static RelDataType notNull(SqlType type, RelDataTypeFactory factory) {
    if (!type.isConcrete()) {
      throw new IllegalArgumentException("type " + type + " is not concrete");
    }
    return switch (type.baseType()) {
      case BOOLEAN -> factory.createSqlType(SqlTypeName.BOOLEAN);
      case INTEGER -> factory.createSqlType(SqlTypeName.INTEGER);
      case BIGINT -> factory.createSqlType(SqlTypeName.BIGINT);
      case DOUBLE -> factory.createSqlType(SqlTypeName.DOUBLE);
      case DECIMAL -> decimal((SqlDecimal) type, factory);
      case STRING -> factory.createSqlType(SqlTypeName.VARCHAR);
      case BYTES -> factory.createSqlType(SqlTypeName.VARBINARY);
      case DATE -> factory.createSqlType(SqlTypeName.DATE);
      case TIME -> factory.createSqlType(SqlTypeName.TIME);
      case TIMESTAMP -> factory.createSqlType(SqlTypeName.TIMESTAMP);
      case ARRAY -> factory.createArrayType(
          toRelDataType(((SqlArray) type).elementType(), factory), -1);
      case MAP -> factory.createMapType(
          toRelDataType(((SqlMap) type).keyType(), factory),
          toRelDataType(((SqlMap) type).valueType(), factory));
      case STRUCT -> {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (SqlStruct.Field f : ((SqlStruct) type).fields()) {
          names.add(f.name());
          types.add(toRelDataType(f.type(), factory));
        }
        yield factory.createStructType(types, names);
      }
      case LAMBDA, TYPE_VARIABLE -> throw new IllegalArgumentException(
          "type " + type + " is not concrete");
    };
  }

  // Eddy's type system caps DECIMAL precision at ksqlDB's column limit of 38, below the 1000 a
  // function's declared type may name; a wider result is clamped, keeping the scale where it fits.
  private static RelDataType decimal(SqlDecimal d, RelDataTypeFactory factory) {
    int max = factory.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL);
    int precision = Math.min(d.precision(), max);
    int scale = Math.min(d.scale(), precision);
    return factory.createSqlType(SqlTypeName.DECIMAL, precision, scale);
  }
}
