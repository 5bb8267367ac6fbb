package dev.eddy.jdbc;

import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/**
 * A STRUCT value: its attributes in field order. {@code getObject(i, Map.class)} gives the
 * same fields as an ordered map of name to value.
 */
final class EddyStruct implements Struct {

  private final ColumnType type;
  private final Map<?, ?> fields;

  EddyStruct(ColumnType type, Map<?, ?> fields) {
    this.type = type;
    this.fields = fields;
  }

  @Override
  public String getSQLTypeName() {
    return type.name();
  }

  /** Values in the order of the type's fields; a field the value lacks is null. */
  @Override
  public Object[] getAttributes() {
    return type.fieldNames().isEmpty() ? fields.values().toArray() : type.fieldNames().stream().map(fields::get).toArray();
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw ForwardOnlyResultSet.unsupported("Custom type maps");
    }
    return getAttributes();
  }

  @Override
  public String toString() {
    return ValueConversions.toText(fields);
  }
}
