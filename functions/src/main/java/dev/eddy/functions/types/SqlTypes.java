package dev.eddy.functions.types;

import java.util.List;

/** Constants and factories for {@link SqlType}s. */
public final class SqlTypes {

  public static final SqlType BOOLEAN = new SqlPrimitiveType(SqlBaseType.BOOLEAN);
  public static final SqlType INTEGER = new SqlPrimitiveType(SqlBaseType.INTEGER);
  public static final SqlType BIGINT = new SqlPrimitiveType(SqlBaseType.BIGINT);
  public static final SqlType DOUBLE = new SqlPrimitiveType(SqlBaseType.DOUBLE);
  public static final SqlType STRING = new SqlPrimitiveType(SqlBaseType.STRING);
  public static final SqlType BYTES = new SqlPrimitiveType(SqlBaseType.BYTES);
  public static final SqlType DATE = new SqlPrimitiveType(SqlBaseType.DATE);
  public static final SqlType TIME = new SqlPrimitiveType(SqlBaseType.TIME);
  public static final SqlType TIMESTAMP = new SqlPrimitiveType(SqlBaseType.TIMESTAMP);

  /** The decimal an INTEGER widens to: ten digits hold every int. */
  public static final SqlDecimal INTEGER_AS_DECIMAL = new SqlDecimal(10, 0);
  /** The decimal a BIGINT widens to: nineteen digits hold every long. */
  public static final SqlDecimal BIGINT_AS_DECIMAL = new SqlDecimal(19, 0);

  private SqlTypes() {}

  public static SqlDecimal decimal(int precision, int scale) {
    return new SqlDecimal(precision, scale);
  }

  public static SqlArray array(SqlType element) {
    return new SqlArray(element);
  }

  public static SqlMap map(SqlType key, SqlType value) {
    return new SqlMap(key, value);
  }

  public static SqlStruct.Builder struct() {
    return SqlStruct.builder();
  }

  public static SqlTypeVariable typeVariable(String name) {
    return new SqlTypeVariable(name);
  }

  public static SqlLambda lambda(List<SqlType> inputs, SqlType result) {
    return new SqlLambda(inputs, result);
  }

  /** Parses a type in SQL syntax, e.g. {@code "MAP<STRING, ARRAY<DECIMAL(4, 2)>>"}. */
  public static SqlType parse(String text) {
    return SqlTypeParser.parse(text);
  }

  /** The decimal an exact numeric type widens to, or the type itself if it is a decimal. */
  public static SqlDecimal toDecimal(SqlType type) {
    return switch (type.baseType()) {
      case INTEGER -> INTEGER_AS_DECIMAL;
      case BIGINT -> BIGINT_AS_DECIMAL;
      case DECIMAL -> (SqlDecimal) type;
      default -> throw new IllegalArgumentException(type + " has no decimal form");
    };
  }
}
