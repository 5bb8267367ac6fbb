package dev.eddy.shell;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a column as a plain Java value the printers understand. JDBC's default mapping hands out
 * {@link Array}, {@link Struct} and {@link Timestamp}; the printers want a list, an ordered map of
 * field names, and an instant (a Timestamp prints in the JVM's time zone, while Eddy's times are
 * UTC).
 */
final class JdbcValues {

  private JdbcValues() {}

  static Object read(ResultSet rows, int column) throws SQLException {
    Object value = rows.getObject(column);
    if (value instanceof Array array) {
      Object elements = array.getArray();
      return elements instanceof Object[] objects ? Arrays.asList(objects) : elements;
    }
    if (value instanceof Struct struct) {
      try {
        return rows.getObject(column, Map.class);
      } catch (SQLException e) {
        // A driver without the Map conversion: the field values in order, without their names.
        return Arrays.asList(struct.getAttributes());
      }
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return value;
  }
}
