package dev.eddy.engine.format;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Builds Calcite struct schemas for format tests: {@code schema("ID", INT, "NAME", STRING)}. */
public final class Schemas {

  public static final RelDataTypeFactory TYPES = new JavaTypeFactoryImpl();
  public static final RelDataType BOOLEAN = nullable(TYPES.createSqlType(SqlTypeName.BOOLEAN));
  public static final RelDataType INT = nullable(TYPES.createSqlType(SqlTypeName.INTEGER));
  public static final RelDataType BIGINT = nullable(TYPES.createSqlType(SqlTypeName.BIGINT));
  public static final RelDataType DOUBLE = nullable(TYPES.createSqlType(SqlTypeName.DOUBLE));
  public static final RelDataType STRING = nullable(TYPES.createSqlType(SqlTypeName.VARCHAR));
  public static final RelDataType BYTES = nullable(TYPES.createSqlType(SqlTypeName.VARBINARY));
  public static final RelDataType DATE = nullable(TYPES.createSqlType(SqlTypeName.DATE));
  public static final RelDataType TIME = nullable(TYPES.createSqlType(SqlTypeName.TIME));
  public static final RelDataType TIMESTAMP = nullable(TYPES.createSqlType(SqlTypeName.TIMESTAMP, 3));

  private Schemas() {}

  public static RelDataType nullable(RelDataType type) {
    return TYPES.createTypeWithNullability(type, true);
  }

  public static RelDataType decimal(int precision, int scale) {
    return nullable(TYPES.createSqlType(SqlTypeName.DECIMAL, precision, scale));
  }

  public static RelDataType array(RelDataType element) {
    return nullable(TYPES.createArrayType(element, -1));
  }

  public static RelDataType map(RelDataType key, RelDataType value) {
    return nullable(TYPES.createMapType(key, value));
  }

  /** Alternating names and types. */
  public static RelDataType schema(Object... namesAndTypes) {
    List<String> names = new ArrayList<>();
    List<RelDataType> types = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      names.add((String) namesAndTypes[i]);
      types.add((RelDataType) namesAndTypes[i + 1]);
    }
    return TYPES.createStructType(types, names);
  }

  public static RelDataType struct(Object... namesAndTypes) {
    return nullable(schema(namesAndTypes));
  }
}
