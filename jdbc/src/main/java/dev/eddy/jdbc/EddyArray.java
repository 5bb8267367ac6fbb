package dev.eddy.jdbc;

import dev.eddy.engine.ColumnInfo;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An ARRAY value. Its elements are the engine's values (see {@link ValueConversions}). */
final class EddyArray implements Array {

  private final ColumnType elementType;
  private List<?> elements;

  EddyArray(ColumnType elementType, List<?> elements) {
    this.elementType = elementType;
    this.elements = elements;
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    open();
    return elementType.name();
  }

  @Override
  public int getBaseType() throws SQLException {
    open();
    return elementType.jdbcType();
  }

  @Override
  public Object getArray() throws SQLException {
    return open().toArray();
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    return getArray();
  }

  /** @param index 1-based, as JDBC counts array elements */
  @Override
  public Object getArray(long index, int count) throws SQLException {
    return slice(index, count).toArray();
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return getArray(index, count);
  }

  /** Rows of (INDEX, VALUE), as JDBC specifies. */
  @Override
  public ResultSet getResultSet() throws SQLException {
    return getResultSet(1, open().size());
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    return getResultSet();
  }

  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    List<?> slice = slice(index, count);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < slice.size(); i++) {
      rows.add(Arrays.asList(index + i, slice.get(i)));
    }
    return EddyResultSet.of(List.of(new ColumnInfo("INDEX", "BIGINT"), new ColumnInfo("VALUE", elementType.name())), rows);
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return getResultSet(index, count);
  }

  @Override
  public void free() {
    elements = null;
  }

  private List<?> slice(long index, int count) throws SQLException {
    List<?> all = open();
    if (index < 1 || count < 0 || index - 1 + count > all.size()) {
      throw new SQLException("Elements " + index + ".." + (index - 1 + count) + " are outside the array of "
          + all.size() + ".", SqlStates.INVALID_ARGUMENT);
    }
    return all.subList((int) index - 1, (int) index - 1 + count);
  }

  private List<?> open() throws SQLException {
    if (elements == null) {
      throw new SQLException("The array was freed.", SqlStates.INVALID_ARGUMENT);
    }
    return elements;
  }

  @Override
  public String toString() {
    return elements == null ? "<freed>" : ValueConversions.toText(elements);
  }
}
