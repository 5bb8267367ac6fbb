package dev.eddy.engine.catalog;

import java.util.Objects;
import org.apache.calcite.rel.type.RelDataType;

/**
 * One declared column of a stream or table.
 *
 * @param name the column name, as the user wrote it after identifier folding
 * @param type the SQL type
 * @param role where the column lives in the topic's records
 * @param headerKey the header key for {@link ColumnRole#HEADER} columns, otherwise null
 */
public record Column(String name, RelDataType type, ColumnRole role, String headerKey) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    if ((role == ColumnRole.HEADER) != (headerKey != null)) {
      throw new IllegalArgumentException("a header key is given exactly for HEADER columns: " + name);
    }
  }

  public static Column key(String name, RelDataType type) {
    return new Column(name, type, ColumnRole.KEY, null);
  }

  public static Column value(String name, RelDataType type) {
    return new Column(name, type, ColumnRole.VALUE, null);
  }

  public boolean isKey() {
    return role == ColumnRole.KEY;
  }
}
