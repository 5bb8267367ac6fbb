package dev.eddy.jdbc;

import dev.eddy.engine.ColumnInfo;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/** The columns of a result, known before its first row. */
final class EddyResultSetMetaData implements ResultSetMetaData {

  private final List<ColumnInfo> columns;
  private final List<ColumnType> types;

  EddyResultSetMetaData(List<ColumnInfo> columns, List<ColumnType> types) {
    this.columns = columns;
    this.types = types;
  }

  private ColumnType type(int column) throws SQLException {
    check(column);
    return types.get(column - 1);
  }

  private void check(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw new SQLException("Column index " + column + " is out of range 1.." + columns.size() + ".",
          SqlStates.INVALID_ARGUMENT);
    }
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return getColumnName(column);
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    check(column);
    return columns.get(column - 1).name();
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return type(column).jdbcType();
  }

  /** ksqlDB's spelling, e.g. {@code DECIMAL(10, 2)} or {@code ARRAY<STRING>}. */
  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return type(column).name();
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return type(column).javaClass().getName();
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return type(column).precision();
  }

  @Override
  public int getScale(int column) throws SQLException {
    return type(column).scale();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return type(column).displaySize();
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return type(column).isNumeric();
  }

  /** Any column may hold null: Eddy has no NOT NULL constraint. */
  @Override
  public int isNullable(int column) throws SQLException {
    check(column);
    return columnNullable;
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    check(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return type(column).javaClass() == String.class;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    check(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    check(column);
    return false;
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    check(column);
    return "";
  }

  @Override
  public String getTableName(int column) throws SQLException {
    check(column);
    return "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    check(column);
    return "";
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    check(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    check(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    check(column);
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName(), SqlStates.INVALID_ARGUMENT);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
