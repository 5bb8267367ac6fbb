package dev.eddy.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;

/**
 * A statement with {@code ?} parameters. The engine cannot bind parameters yet, so each
 * execution substitutes them into the SQL as literals (see {@link SqlLiterals} for how values are
 * quoted) and runs the resulting text; nothing is parsed or planned ahead.
 */
final class EddyPreparedStatement extends EddyStatement implements PreparedStatement {

  private final SqlTemplate template;
  private final String[] literals;

  EddyPreparedStatement(EddyConnection connection, String sql) {
    super(connection);
    this.template = SqlTemplate.parse(sql);
    this.literals = new String[template.parameterCount()];
  }

  /** The SQL the next execution runs. */
  String sql() throws SQLException {
    return template.render(literals);
  }

  private void set(int index, Object value) throws SQLException {
    checkOpen();
    if (index < 1 || index > literals.length) {
      throw new SQLException("Parameter index " + index + " is out of range 1.." + literals.length + ".",
          SqlStates.INVALID_ARGUMENT);
    }
    literals[index - 1] = SqlLiterals.of(value);
  }

  @Override
  public boolean execute() throws SQLException {
    return executeSql(sql());
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return querySql(sql());
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) updateSql(sql());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return updateSql(sql());
  }

  @Override
  public void addBatch() throws SQLException {
    addToBatch(sql());
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    java.util.Arrays.fill(literals, null);
  }

  // JDBC forbids running other SQL text through a prepared statement.

  @Override
  public boolean execute(String sql) throws SQLException {
    throw sqlTextRefused();
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw sqlTextRefused();
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw sqlTextRefused();
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw sqlTextRefused();
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw sqlTextRefused();
  }

  private static SQLException sqlTextRefused() {
    return new SQLException("A PreparedStatement runs only the SQL it was prepared with.", SqlStates.GENERAL_ERROR);
  }

  /** Unknown until the statement runs: nothing is planned ahead (JDBC allows null here). */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    throw new SQLFeatureNotSupportedException("Parameter types are unknown: the engine does not bind parameters yet.",
        SqlStates.FEATURE_NOT_SUPPORTED);
  }

  // Setters.

  @Override
  public void setNull(int index, int sqlType) throws SQLException {
    set(index, null);
  }

  @Override
  public void setNull(int index, int sqlType, String typeName) throws SQLException {
    set(index, null);
  }

  @Override
  public void setBoolean(int index, boolean value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setByte(int index, byte value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setShort(int index, short value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setInt(int index, int value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setLong(int index, long value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setFloat(int index, float value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setDouble(int index, double value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setString(int index, String value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setNString(int index, String value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setBytes(int index, byte[] value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setDate(int index, Date value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setDate(int index, Date value, Calendar calendar) throws SQLException {
    set(index, value == null || calendar == null ? value
        : value.toInstant().atZone(zone(calendar)).toLocalDate());
  }

  @Override
  public void setTime(int index, Time value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setTime(int index, Time value, Calendar calendar) throws SQLException {
    set(index, value == null || calendar == null ? value
        : java.time.Instant.ofEpochMilli(value.getTime()).atZone(zone(calendar)).toLocalTime());
  }

  @Override
  public void setTimestamp(int index, Timestamp value) throws SQLException {
    set(index, value);
  }

  /** The instant written as its wall-clock time in the calendar's zone (UTC gives the exact instant). */
  @Override
  public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
    set(index, value == null || calendar == null ? value : value.toInstant().atZone(zone(calendar)).toLocalDateTime());
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar.getTimeZone().toZoneId();
  }

  @Override
  public void setObject(int index, Object value) throws SQLException {
    set(index, value);
  }

  @Override
  public void setObject(int index, Object value, int targetSqlType) throws SQLException {
    set(index, value);
  }

  @Override
  public void setObject(int index, Object value, int targetSqlType, int scaleOrLength) throws SQLException {
    set(index, value);
  }

  @Override
  public void setObject(int index, Object value, SQLType targetSqlType) throws SQLException {
    set(index, value);
  }

  @Override
  public void setObject(int index, Object value, SQLType targetSqlType, int scaleOrLength) throws SQLException {
    set(index, value);
  }

  @Override
  public void setArray(int index, Array value) throws SQLException {
    set(index, value);
  }

  // Streams are read whole: a literal holds the entire value.

  @Override
  public void setAsciiStream(int index, InputStream value, int length) throws SQLException {
    setAsciiStream(index, value);
  }

  @Override
  public void setAsciiStream(int index, InputStream value, long length) throws SQLException {
    setAsciiStream(index, value);
  }

  @Override
  public void setAsciiStream(int index, InputStream value) throws SQLException {
    set(index, value == null ? null : new String(readAll(value), StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int index, InputStream value, int length) throws SQLException {
    set(index, value == null ? null : new String(readAll(value), StandardCharsets.UTF_16BE));
  }

  @Override
  public void setBinaryStream(int index, InputStream value, int length) throws SQLException {
    setBinaryStream(index, value);
  }

  @Override
  public void setBinaryStream(int index, InputStream value, long length) throws SQLException {
    setBinaryStream(index, value);
  }

  @Override
  public void setBinaryStream(int index, InputStream value) throws SQLException {
    set(index, value == null ? null : readAll(value));
  }

  @Override
  public void setCharacterStream(int index, Reader value, int length) throws SQLException {
    setCharacterStream(index, value);
  }

  @Override
  public void setCharacterStream(int index, Reader value, long length) throws SQLException {
    setCharacterStream(index, value);
  }

  @Override
  public void setCharacterStream(int index, Reader value) throws SQLException {
    set(index, value == null ? null : readAll(value));
  }

  @Override
  public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
    setCharacterStream(index, value);
  }

  @Override
  public void setNCharacterStream(int index, Reader value) throws SQLException {
    setCharacterStream(index, value);
  }

  private static byte[] readAll(InputStream in) throws SQLException {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SQLException("Cannot read the parameter's stream: " + e.getMessage(), SqlStates.GENERAL_ERROR, e);
    }
  }

  private static String readAll(Reader in) throws SQLException {
    try {
      StringWriter text = new StringWriter();
      in.transferTo(text);
      return text.toString();
    } catch (IOException e) {
      throw new SQLException("Cannot read the parameter's reader: " + e.getMessage(), SqlStates.GENERAL_ERROR, e);
    }
  }

  // Types Eddy has no values of.

  @Override
  public void setRef(int index, Ref value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("REF");
  }

  @Override
  public void setBlob(int index, Blob value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("BLOB");
  }

  @Override
  public void setBlob(int index, InputStream value, long length) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("BLOB");
  }

  @Override
  public void setBlob(int index, InputStream value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("BLOB");
  }

  @Override
  public void setClob(int index, Clob value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("CLOB");
  }

  @Override
  public void setClob(int index, Reader value, long length) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("CLOB");
  }

  @Override
  public void setClob(int index, Reader value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("CLOB");
  }

  @Override
  public void setNClob(int index, NClob value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("NCLOB");
  }

  @Override
  public void setNClob(int index, Reader value, long length) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("NCLOB");
  }

  @Override
  public void setNClob(int index, Reader value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("NCLOB");
  }

  @Override
  public void setURL(int index, URL value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("DATALINK");
  }

  @Override
  public void setRowId(int index, RowId value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("ROWID");
  }

  @Override
  public void setSQLXML(int index, SQLXML value) throws SQLException {
    throw ForwardOnlyResultSet.unsupported("SQLXML");
  }
}
