package dev.eddy.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * What every Eddy result set shares: it is read-only and forward-only (rows of a running query
 * cannot be revisited), and each accessor by column label is the accessor by index. Keeping
 * these here leaves {@link EddyResultSet} with only what reads rows.
 */
abstract class ForwardOnlyResultSet implements ResultSet {

  @Override
  public abstract int findColumn(String columnLabel) throws SQLException;

  abstract void checkOpen() throws SQLException;

  private SQLFeatureNotSupportedException readOnly() {
    return new SQLFeatureNotSupportedException("Eddy result sets are read-only.", SqlStates.FEATURE_NOT_SUPPORTED);
  }

  private SQLException forwardOnly() throws SQLException {
    checkOpen();
    return new SQLException("Eddy result sets are forward-only (TYPE_FORWARD_ONLY).", SqlStates.INVALID_CURSOR_STATE);
  }

  static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(what + " is not supported by Eddy.", SqlStates.FEATURE_NOT_SUPPORTED);
  }

  // Navigation other than next().

  @Override
  public final void beforeFirst() throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final void afterLast() throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean first() throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean last() throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean absolute(int row) throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean relative(int rows) throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean previous() throws SQLException {
    throw forwardOnly();
  }

  @Override
  public final boolean isLast() throws SQLException {
    // Knowing would mean waiting for the next row of a query that may never produce one.
    throw unsupported("isLast()");
  }

  @Override
  public final void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != FETCH_FORWARD) {
      throw forwardOnly();
    }
  }

  @Override
  public final int getFetchDirection() throws SQLException {
    checkOpen();
    return FETCH_FORWARD;
  }

  @Override
  public final int getType() throws SQLException {
    checkOpen();
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public final int getConcurrency() throws SQLException {
    checkOpen();
    return CONCUR_READ_ONLY;
  }

  @Override
  public final int getHoldability() throws SQLException {
    checkOpen();
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public final String getCursorName() throws SQLException {
    throw unsupported("Named cursors");
  }

  // Updates.

  @Override
  public final boolean rowUpdated() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final boolean rowInserted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final boolean rowDeleted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public final void insertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void deleteRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void refreshRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void cancelRowUpdates() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void moveToInsertRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void moveToCurrentRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNull(int column) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(int column, boolean value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(int column, byte value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(int column, short value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(int column, int value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(int column, long value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(int column, float value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(int column, double value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(int column, BigDecimal value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(int column, String value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(int column, byte[] value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(int column, Date value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(int column, Time value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(int column, Timestamp value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int column, InputStream value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int column, InputStream value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int column, Reader value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int column, Object value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int column, Object value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNull(String column) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBoolean(String column, boolean value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateByte(String column, byte value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateShort(String column, short value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateInt(String column, int value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateLong(String column, long value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateFloat(String column, float value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDouble(String column, double value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBigDecimal(String column, BigDecimal value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateString(String column, String value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBytes(String column, byte[] value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateDate(String column, Date value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTime(String column, Time value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateTimestamp(String column, Timestamp value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String column, InputStream value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String column, InputStream value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String column, Reader value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String column, Object value, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String column, Object value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRow() throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(int column, Ref value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRef(String column, Ref value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int column, Blob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String column, Blob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int column, Clob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String column, Clob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(int column, Array value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateArray(String column, Array value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(int column, RowId value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateRowId(String column, RowId value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(int column, String value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNString(String column, String value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int column, NClob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String column, NClob value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(int column, SQLXML value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateSQLXML(String column, SQLXML value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(String column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String column, InputStream value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String column, Reader value, long length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(int column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNCharacterStream(String column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(int column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(int column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(int column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateAsciiStream(String column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBinaryStream(String column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateCharacterStream(String column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(int column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateBlob(String column, InputStream value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(int column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateClob(String column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(int column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateNClob(String column, Reader value) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int column, Object value, SQLType type, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String column, Object value, SQLType type, int length) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(int column, Object value, SQLType type) throws SQLException {
    throw readOnly();
  }

  @Override
  public final void updateObject(String column, Object value, SQLType type) throws SQLException {
    throw readOnly();
  }

  // Types Eddy has no values of.

  @Override
  public final Ref getRef(int column) throws SQLException {
    throw unsupported("REF");
  }

  @Override
  public final Blob getBlob(int column) throws SQLException {
    throw unsupported("BLOB");
  }

  @Override
  public final Clob getClob(int column) throws SQLException {
    throw unsupported("CLOB");
  }

  @Override
  public final NClob getNClob(int column) throws SQLException {
    throw unsupported("NCLOB");
  }

  @Override
  public final SQLXML getSQLXML(int column) throws SQLException {
    throw unsupported("SQLXML");
  }

  @Override
  public final RowId getRowId(int column) throws SQLException {
    throw unsupported("ROWID");
  }

  @Override
  public final java.net.URL getURL(int column) throws SQLException {
    throw unsupported("DATALINK");
  }

  @Override
  @SuppressWarnings("deprecation")
  public final InputStream getUnicodeStream(int column) throws SQLException {
    throw unsupported("getUnicodeStream (deprecated since JDBC 2.0)");
  }

  // By label: the same as by index.

  @Override
  public final String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override
  public final boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  @Override
  public final byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  @Override
  public final short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  @Override
  public final int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  @Override
  public final long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  @Override
  public final float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  @Override
  public final double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  @Override
  @SuppressWarnings("deprecation")
  public final BigDecimal getBigDecimal(String label, int scale) throws SQLException {
    return getBigDecimal(findColumn(label), scale);
  }

  @Override
  public final BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }

  @Override
  public final byte[] getBytes(String label) throws SQLException {
    return getBytes(findColumn(label));
  }

  @Override
  public final Date getDate(String label) throws SQLException {
    return getDate(findColumn(label));
  }

  @Override
  public final Date getDate(String label, Calendar calendar) throws SQLException {
    return getDate(findColumn(label), calendar);
  }

  @Override
  public final Time getTime(String label) throws SQLException {
    return getTime(findColumn(label));
  }

  @Override
  public final Time getTime(String label, Calendar calendar) throws SQLException {
    return getTime(findColumn(label), calendar);
  }

  @Override
  public final Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  @Override
  public final Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    return getTimestamp(findColumn(label), calendar);
  }

  @Override
  public final InputStream getAsciiStream(String label) throws SQLException {
    return getAsciiStream(findColumn(label));
  }

  @Override
  @SuppressWarnings("deprecation")
  public final InputStream getUnicodeStream(String label) throws SQLException {
    return getUnicodeStream(findColumn(label));
  }

  @Override
  public final InputStream getBinaryStream(String label) throws SQLException {
    return getBinaryStream(findColumn(label));
  }

  @Override
  public final Reader getCharacterStream(String label) throws SQLException {
    return getCharacterStream(findColumn(label));
  }

  @Override
  public final Reader getNCharacterStream(String label) throws SQLException {
    return getNCharacterStream(findColumn(label));
  }

  @Override
  public final String getNString(String label) throws SQLException {
    return getNString(findColumn(label));
  }

  @Override
  public final Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  @Override
  public final Object getObject(String label, Map<String, Class<?>> typeMap) throws SQLException {
    return getObject(findColumn(label), typeMap);
  }

  @Override
  public final <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  @Override
  public final Array getArray(String label) throws SQLException {
    return getArray(findColumn(label));
  }

  @Override
  public final Ref getRef(String label) throws SQLException {
    return getRef(findColumn(label));
  }

  @Override
  public final Blob getBlob(String label) throws SQLException {
    return getBlob(findColumn(label));
  }

  @Override
  public final Clob getClob(String label) throws SQLException {
    return getClob(findColumn(label));
  }

  @Override
  public final NClob getNClob(String label) throws SQLException {
    return getNClob(findColumn(label));
  }

  @Override
  public final SQLXML getSQLXML(String label) throws SQLException {
    return getSQLXML(findColumn(label));
  }

  @Override
  public final RowId getRowId(String label) throws SQLException {
    return getRowId(findColumn(label));
  }

  @Override
  public final java.net.URL getURL(String label) throws SQLException {
    return getURL(findColumn(label));
  }

  @Override
  public final <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName(), SqlStates.INVALID_ARGUMENT);
  }

  @Override
  public final boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
