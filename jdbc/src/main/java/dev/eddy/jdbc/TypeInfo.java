package dev.eddy.jdbc;

import dev.eddy.engine.ColumnInfo;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/** {@code DatabaseMetaData.getTypeInfo()}: Eddy's SQL types, ordered by their java.sql.Types code. */
final class TypeInfo {

  private static final List<ColumnInfo> COLUMNS = Arrays.stream(new String[] {
      "TYPE_NAME", "DATA_TYPE:INTEGER", "PRECISION:INTEGER", "LITERAL_PREFIX", "LITERAL_SUFFIX", "CREATE_PARAMS",
      "NULLABLE:INTEGER", "CASE_SENSITIVE:BOOLEAN", "SEARCHABLE:INTEGER", "UNSIGNED_ATTRIBUTE:BOOLEAN",
      "FIXED_PREC_SCALE:BOOLEAN", "AUTO_INCREMENT:BOOLEAN", "LOCAL_TYPE_NAME", "MINIMUM_SCALE:INTEGER",
      "MAXIMUM_SCALE:INTEGER", "SQL_DATA_TYPE:INTEGER", "SQL_DATETIME_SUB:INTEGER", "NUM_PREC_RADIX:INTEGER"})
      .map(name -> name.contains(":")
          ? new ColumnInfo(name.substring(0, name.indexOf(':')), name.substring(name.indexOf(':') + 1))
          : new ColumnInfo(name, "STRING"))
      .toList();

  private TypeInfo() {}

  static ResultSet resultSet() {
    return EddyResultSet.of(COLUMNS, List.of(
        type("BIGINT", Types.BIGINT, 19, null, null, null, true),
        type("BYTES", Types.VARBINARY, Integer.MAX_VALUE, null, null, null, false),
        type("DECIMAL", Types.DECIMAL, 38, null, null, "precision,scale", true),
        type("INTEGER", Types.INTEGER, 10, null, null, null, true),
        type("DOUBLE", Types.DOUBLE, 15, null, null, null, true),
        type("STRING", Types.VARCHAR, Integer.MAX_VALUE, "'", "'", null, false),
        type("BOOLEAN", Types.BOOLEAN, 1, null, null, null, false),
        type("DATE", Types.DATE, 10, "DATE '", "'", null, false),
        type("TIME", Types.TIME, 12, "TIME '", "'", null, false),
        type("TIMESTAMP", Types.TIMESTAMP, 23, "TIMESTAMP '", "'", null, false),
        type("MAP", Types.JAVA_OBJECT, 0, "MAP(", ")", "key type,value type", false),
        type("STRUCT", Types.STRUCT, 0, "STRUCT(", ")", "fields", false),
        type("ARRAY", Types.ARRAY, 0, "ARRAY[", "]", "element type", false)));
  }

  private static List<Object> type(String name, int jdbcType, int precision, String prefix, String suffix,
      String createParams, boolean numeric) {
    int maxScale = jdbcType == Types.DECIMAL ? 38 : 0;
    return Arrays.asList(name, jdbcType, precision, prefix, suffix, createParams, DatabaseMetaData.typeNullable,
        jdbcType == Types.VARCHAR, jdbcType == Types.VARCHAR ? DatabaseMetaData.typeSearchable
            : DatabaseMetaData.typePredBasic, !numeric, false, false, name, 0, maxScale, null, null,
        numeric ? 10 : null);
  }
}
