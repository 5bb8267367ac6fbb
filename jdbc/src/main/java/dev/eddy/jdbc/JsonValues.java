package dev.eddy.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server's JSON values turned back into the Java values the engine gives in-process (see
 * {@code dev.eddy.engine.RowCursor}), guided by the column's type: JSON alone cannot tell a
 * DATE from a STRING, BYTES (base64) from text, or an INTEGER map key from a string one.
 */
final class JsonValues {

  private JsonValues() {}

  /** A row of JSON values, one per column. */
  static List<Object> row(JsonNode values, List<ColumnType> types) throws SQLException {
    if (!values.isArray() || values.size() != types.size()) {
      throw new SQLException("The server sent a row of " + values.size() + " values for " + types.size()
          + " columns: " + values, SqlStates.CONNECTION_LOST);
    }
    List<Object> row = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      row.add(value(values.get(i), types.get(i)));
    }
    return row;
  }

  static Object value(JsonNode node, ColumnType type) throws SQLException {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return switch (type.jdbcType()) {
        case Types.BOOLEAN -> node.asBoolean();
        case Types.INTEGER -> node.isNumber() ? node.intValue() : Integer.valueOf(node.asText());
        case Types.BIGINT -> node.isNumber() ? node.longValue() : Long.valueOf(node.asText());
        case Types.DOUBLE -> node.isNumber() ? node.doubleValue() : Double.valueOf(node.asText());
        case Types.DECIMAL -> node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
        case Types.VARCHAR -> node.isTextual() ? node.textValue() : node.toString();
        case Types.VARBINARY -> node.binaryValue();
        case Types.DATE -> LocalDate.parse(node.asText());
        case Types.TIME -> LocalTime.parse(node.asText());
        case Types.TIMESTAMP -> LocalDateTime.parse(node.asText());
        case Types.ARRAY -> array(node, type.elementType());
        case Types.STRUCT -> struct(node, type);
        default -> type.javaClass() == Map.class ? map(node, type) : ServerClient.JSON.treeToValue(node, Object.class);
      };
    } catch (IOException | DateTimeParseException | NumberFormatException e) {
      throw new SQLException("The server sent " + node + " for a value of type " + type.name() + ".",
          SqlStates.CONNECTION_LOST, e);
    }
  }

  private static List<Object> array(JsonNode node, ColumnType element) throws SQLException {
    List<Object> values = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      values.add(value(item, element));
    }
    return values;
  }

  /** JSON keys are strings; the key type says what they were. */
  private static Map<Object, Object> map(JsonNode node, ColumnType type) throws SQLException {
    Map<Object, Object> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      values.put(value(TextNode.valueOf(entry.getKey()), type.arguments().get(0)),
          value(entry.getValue(), type.arguments().get(1)));
    }
    return values;
  }

  /** Fields in the type's order, as the engine gives a STRUCT. */
  private static Map<String, Object> struct(JsonNode node, ColumnType type) throws SQLException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < type.fieldNames().size(); i++) {
      String name = type.fieldNames().get(i);
      fields.put(name, value(node.get(name), type.arguments().get(i)));
    }
    return fields;
  }
}
