package dev.eddy.engine.format.json;

import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.TypeNames;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Builds the {@link JsonWriter} for a SQL type, writing what ksqlDB writes: DECIMAL as a JSON
 * number in plain notation with its scale ({@code 1.50}), DATE as days since the epoch, TIME as
 * milliseconds of the day, TIMESTAMP as epoch milliseconds, BYTES as a base64 string, STRUCT as
 * an object with the field names as declared.
 */
final class JsonWriters {

  private JsonWriters() {}

  static JsonWriter forType(RelDataType type, String column) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> (json, value) -> json.writeBoolean((Boolean) value);
      case INTEGER, DATE, TIME -> (json, value) -> json.writeNumber(((Number) value).intValue());
      case BIGINT, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE ->
          (json, value) -> json.writeNumber(((Number) value).longValue());
      case DOUBLE, FLOAT -> (json, value) -> json.writeNumber(((Number) value).doubleValue());
      case DECIMAL -> (json, value) -> json.writeNumber((BigDecimal) value);
      case CHAR, VARCHAR -> (json, value) -> json.writeString((String) value);
      case BINARY, VARBINARY -> (json, value) -> json.writeBinary(((ByteString) value).getBytes());
      case ARRAY -> arrayWriter(forType(type.getComponentType(), column));
      case MAP -> mapWriter(type, column);
      case ROW -> structWriter(type.getFieldList(), column);
      default -> throw new FormatException(
          "JSON does not support type " + TypeNames.of(type) + " (column " + column + ")");
    };
  }

  private static JsonWriter arrayWriter(JsonWriter elements) {
    return (json, value) -> {
      List<?> list = (List<?>) value;
      json.writeStartArray();
      for (Object element : list) {
        writeNullable(json, elements, element);
      }
      json.writeEndArray();
    };
  }

  private static JsonWriter mapWriter(RelDataType type, String column) {
    if (!TypeNames.of(type.getKeyType()).equals("STRING")) {
      throw new FormatException("JSON supports only MAPs with STRING keys, not " + TypeNames.of(type)
          + " (column " + column + ")");
    }
    JsonWriter values = forType(type.getValueType(), column);
    return (json, value) -> {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName((String) entry.getKey());
        writeNullable(json, values, entry.getValue());
      }
      json.writeEndObject();
    };
  }

  private static JsonWriter structWriter(List<RelDataTypeField> fields, String column) {
    String[] names = fields.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    JsonWriter[] writers = fields.stream().map(f -> forType(f.getType(), column)).toArray(JsonWriter[]::new);
    return (json, value) -> {
      Object[] struct = (Object[]) value;
      json.writeStartObject();
      for (int i = 0; i < names.length; i++) {
        json.writeFieldName(names[i]);
        writeNullable(json, writers[i], struct[i]);
      }
      json.writeEndObject();
    };
  }

  static void writeNullable(com.fasterxml.jackson.core.JsonGenerator json, JsonWriter writer, Object value)
      throws java.io.IOException {
    if (value == null) {
      json.writeNull();
    } else {
      writer.write(json, value);
    }
  }
}
