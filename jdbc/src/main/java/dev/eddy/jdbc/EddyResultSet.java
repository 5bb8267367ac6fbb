package dev.eddy.jdbc;

import dev.eddy.engine.ColumnInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * Rows of one result: a finished table, or a running query whose {@link #next()} waits for the
 * next row. The columns are known before the first row. {@code maxRows} ends the rows after that
 * many, stopping the query as a LIMIT would.
 */
final class EddyResultSet extends ForwardOnlyResultSet {

  private final Statement statement;
  private final List<ColumnInfo> columns;
  private final List<ColumnType> types;
  private final RowSource rows;
  private final long maxRows;
  private final Deadline deadline;
  private final EddyResultSetMetaData metaData;
  private List<Object> row;
  private long rowNumber;
  private boolean afterLast;
  private boolean wasNull;
  private volatile boolean closed;
  private int fetchSize;
  private SQLWarning warnings;

  /**
   * @param statement the statement that made it, or null for driver-made results (metadata)
   * @param maxRows the most rows to return, 0 for all
   * @param deadline when the statement's query timeout passes, or null
   */
  EddyResultSet(Statement statement, List<ColumnInfo> columns, RowSource rows, long maxRows, Deadline deadline) {
    this.statement = statement;
    this.columns = List.copyOf(columns);
    this.types = columns.stream().map(c -> ColumnType.parse(c.type())).toList();
    this.rows = rows;
    this.maxRows = maxRows;
    this.deadline = deadline;
    this.metaData = new EddyResultSetMetaData(this.columns, types);
  }

  /** A driver-made result (metadata, an array's elements) over rows in memory. */
  static EddyResultSet of(List<ColumnInfo> columns, List<List<Object>> rows) {
    return new EddyResultSet(null, columns, RowSource.of(rows), 0, null);
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (afterLast) {
      return false;
    }
    if (maxRows > 0 && rowNumber >= maxRows) {
      rows.close(); // maxRows acts as a LIMIT: the query has nothing more to do.
      return end();
    }
    List<Object> next = rows.next(deadline);
    if (next == null) {
      return end();
    }
    row = next;
    rowNumber++;
    return true;
  }

  private boolean end() {
    row = null;
    afterLast = true;
    return false;
  }

  /** Called by the statement's cancel(), from any thread. */
  void cancel() {
    rows.cancel();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
      if (statement instanceof EddyStatement owner) {
        owner.resultSetClosed();
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("The result set is closed.", SqlStates.INVALID_CURSOR_STATE);
    }
  }

  @Override
  public int findColumn(String label) throws SQLException {
    checkOpen();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    throw new SQLException("No column '" + label + "' in this result; its columns are "
        + columns.stream().map(ColumnInfo::name).toList() + ".", SqlStates.UNKNOWN_COLUMN);
  }

  /** The value at a 1-based column of the current row, recording whether it was null. */
  private Object value(int column) throws SQLException {
    checkOpen();
    if (row == null) {
      throw new SQLException(afterLast ? "There are no more rows." : "Call next() before reading a row.",
          SqlStates.INVALID_CURSOR_STATE);
    }
    if (column < 1 || column > columns.size()) {
      throw new SQLException("Column index " + column + " is out of range 1.." + columns.size() + ".",
          SqlStates.INVALID_ARGUMENT);
    }
    Object value = row.get(column - 1);
    wasNull = value == null;
    return value;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  @Override
  public String getString(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toText(value);
  }

  @Override
  public String getNString(int column) throws SQLException {
    return getString(column);
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Object value = value(column);
    return value != null && ValueConversions.toBoolean(value);
  }

  @Override
  public byte getByte(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : (byte) ValueConversions.toLong(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
  }

  @Override
  public short getShort(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : (short) ValueConversions.toLong(value, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
  }

  @Override
  public int getInt(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : (int) ValueConversions.toLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
  }

  @Override
  public long getLong(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ValueConversions.toLong(value, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
  }

  @Override
  public float getFloat(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : (float) ValueConversions.toDouble(value);
  }

  @Override
  public double getDouble(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ValueConversions.toDouble(value);
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toBigDecimal(value, "DECIMAL");
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(column);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toBytes(value);
  }

  @Override
  public Date getDate(int column) throws SQLException {
    return getDate(column, null);
  }

  @Override
  public Date getDate(int column, Calendar calendar) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toSqlDate(value, calendar);
  }

  @Override
  public Time getTime(int column) throws SQLException {
    return getTime(column, null);
  }

  @Override
  public Time getTime(int column, Calendar calendar) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toSqlTime(value, calendar);
  }

  @Override
  public Timestamp getTimestamp(int column) throws SQLException {
    return getTimestamp(column, null);
  }

  @Override
  public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
    Object value = value(column);
    return value == null ? null : ValueConversions.toSqlTimestamp(value, calendar);
  }

  @Override
  public InputStream getAsciiStream(int column) throws SQLException {
    String value = getString(column);
    return value == null ? null : new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public InputStream getBinaryStream(int column) throws SQLException {
    byte[] value = getBytes(column);
    return value == null ? null : new ByteArrayInputStream(value);
  }

  @Override
  public Reader getCharacterStream(int column) throws SQLException {
    String value = getString(column);
    return value == null ? null : new StringReader(value);
  }

  @Override
  public Reader getNCharacterStream(int column) throws SQLException {
    return getCharacterStream(column);
  }

  @Override
  public Array getArray(int column) throws SQLException {
    Object value = value(column);
    if (value == null) {
      return null;
    }
    ColumnType type = types.get(column - 1);
    if (!(value instanceof List<?> list) || type.jdbcType() != Types.ARRAY) {
      throw ValueConversions.cannotConvert(value, "ARRAY");
    }
    return new EddyArray(type.elementType(), list);
  }

  /**
   * JDBC's default mapping: DATE, TIME and TIMESTAMP as the java.sql classes, ARRAY as
   * {@link Array}, STRUCT as {@link Struct}, MAP as {@link Map}; everything else as the engine
   * gives it.
   */
  @Override
  public Object getObject(int column) throws SQLException {
    Object value = value(column);
    if (value == null) {
      return null;
    }
    return switch (types.get(column - 1).jdbcType()) {
      case Types.DATE -> ValueConversions.toSqlDate(value, null);
      case Types.TIME -> ValueConversions.toSqlTime(value, null);
      case Types.TIMESTAMP -> ValueConversions.toSqlTimestamp(value, null);
      case Types.ARRAY -> getArray(column);
      case Types.STRUCT -> new EddyStruct(types.get(column - 1), (Map<?, ?>) value);
      default -> value;
    };
  }

  @Override
  public Object getObject(int column, Map<String, Class<?>> typeMap) throws SQLException {
    if (typeMap != null && !typeMap.isEmpty()) {
      throw unsupported("Custom type maps");
    }
    return getObject(column);
  }

  /**
   * Besides the JDBC classes: the java.time classes (TIMESTAMP as a UTC {@code Instant},
   * {@code OffsetDateTime} or {@code ZonedDateTime} too), {@code List} for an ARRAY's
   * values, and {@code Map} for a MAP or for a STRUCT's fields in order.
   */
  @Override
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("The type is null.", SqlStates.INVALID_ARGUMENT);
    }
    Object value = value(column);
    if (value == null) {
      return null;
    }
    Object converted = convert(column, value, type);
    if (converted == null) {
      throw new SQLException("Cannot read column " + columns.get(column - 1).name() + " of type "
          + types.get(column - 1).name() + " as " + type.getName() + ".", SqlStates.INVALID_CAST);
    }
    return type.cast(converted);
  }

  private Object convert(int column, Object value, Class<?> type) throws SQLException {
    if (type == String.class) {
      return getString(column);
    }
    if (type == Integer.class) {
      return getInt(column);
    }
    if (type == Long.class) {
      return getLong(column);
    }
    if (type == Short.class) {
      return getShort(column);
    }
    if (type == Byte.class) {
      return getByte(column);
    }
    if (type == Double.class) {
      return getDouble(column);
    }
    if (type == Float.class) {
      return getFloat(column);
    }
    if (type == Boolean.class) {
      return getBoolean(column);
    }
    if (type == BigDecimal.class) {
      return getBigDecimal(column);
    }
    if (type == byte[].class) {
      return getBytes(column);
    }
    if (type == Date.class) {
      return getDate(column);
    }
    if (type == Time.class) {
      return getTime(column);
    }
    if (type == Timestamp.class) {
      return getTimestamp(column);
    }
    if (type == Array.class) {
      return getArray(column);
    }
    if (type == Struct.class && value instanceof Map<?, ?> fields && types.get(column - 1).jdbcType() == Types.STRUCT) {
      return new EddyStruct(types.get(column - 1), fields);
    }
    Object time = ValueConversions.toJavaTime(value, type);
    if (time != null) {
      return time;
    }
    return type.isInstance(value) ? value : null;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return metaData;
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && !afterLast;
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return afterLast && rowNumber > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rowNumber == 1 && row != null;
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return row == null ? 0 : (int) Math.min(rowNumber, Integer.MAX_VALUE);
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("Fetch size must not be negative: " + rows, SqlStates.INVALID_ARGUMENT);
    }
    fetchSize = rows; // A hint only: rows reach the client one at a time as the query produces them.
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public String toString() {
    return "EddyResultSet" + columns.stream().map(c -> c.name() + " " + c.type()).toList();
  }
}
