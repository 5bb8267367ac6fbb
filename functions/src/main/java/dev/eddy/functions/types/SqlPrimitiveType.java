package dev.eddy.functions.types;

import java.util.EnumSet;
import java.util.Set;

/** A type without parameters: BOOLEAN, INTEGER, BIGINT, DOUBLE, STRING, BYTES, DATE, TIME, TIMESTAMP. */
public record SqlPrimitiveType(SqlBaseType baseType) implements SqlType {

  private static final Set<SqlBaseType> PRIMITIVES = EnumSet.of(
      SqlBaseType.BOOLEAN, SqlBaseType.INTEGER, SqlBaseType.BIGINT, SqlBaseType.DOUBLE,
      SqlBaseType.STRING, SqlBaseType.BYTES, SqlBaseType.DATE, SqlBaseType.TIME,
      SqlBaseType.TIMESTAMP);

  public SqlPrimitiveType {
    if (!PRIMITIVES.contains(baseType)) {
      throw new IllegalArgumentException(baseType + " is not a primitive type");
    }
  }

  @Override
  public boolean isConcrete() {
    return true;
  }

  @Override
  public String toString() {
    return baseType.name();
  }
}
