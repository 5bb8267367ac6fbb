package dev.eddy.engine.format.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eddy.engine.format.Decimals;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.TypeNames;
import dev.eddy.engine.format.ValueConversionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Builds the {@link JsonReader} for a SQL type, following ksqlDB's JSON coercions: numbers
 * convert between numeric types (and from numeric strings), BOOLEAN only from JSON booleans,
 * STRING from any scalar's text or an object's JSON text, DECIMAL from numbers or strings
 * without rounding, DATE/TIME/TIMESTAMP from integers (days, ms of day, epoch ms), BYTES from
 * base64 strings, and STRUCT fields matched by exact name, then case-insensitively.
 */
final class JsonReaders {

  private JsonReaders() {}

  static JsonReader forType(RelDataType type, String column) {
    String typeName = TypeNames.of(type);
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> node -> {
        if (node.isBoolean()) {
          return node.booleanValue();
        }
        throw cannotConvert(node, typeName);
      };
      case INTEGER -> node -> {
        if (node.isNumber()) {
          return node.intValue();
        }
        if (node.isTextual()) {
          return parse(node.textValue(), typeName, Integer::valueOf);
        }
        throw cannotConvert(node, typeName);
      };
      case BIGINT -> JsonReaders::readLong;
      case DOUBLE, FLOAT -> node -> {
        if (node.isNumber()) {
          return node.doubleValue();
        }
        if (node.isTextual()) {
          return parse(node.textValue(), typeName, Double::valueOf);
        }
        throw cannotConvert(node, typeName);
      };
      case DECIMAL -> node -> {
        BigDecimal value;
        if (node.isNumber()) {
          value = node.decimalValue();
        } else if (node.isTextual()) {
          value = parse(node.textValue(), typeName, BigDecimal::new);
        } else {
          throw cannotConvert(node, typeName);
        }
        return Decimals.ensureFit(value, type);
      };
      case CHAR, VARCHAR -> JsonReaders::readString;
      case BINARY, VARBINARY -> node -> {
        if (!node.isTextual()) {
          throw cannotConvert(node, typeName);
        }
        try {
          return new ByteString(Base64.getDecoder().decode(node.textValue()));
        } catch (IllegalArgumentException e) {
          throw new ValueConversionException("Can't convert '" + node.textValue() + "' to BYTES: not base64", e);
        }
      };
      case DATE, TIME -> node -> {
        if (node.isIntegralNumber() || node.isTextual()) {
          return (int) (long) readLong(node, typeName);
        }
        throw cannotConvert(node, typeName);
      };
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> node -> readLong(node, typeName);
      case ARRAY -> arrayReader(forType(type.getComponentType(), column), typeName);
      case MAP -> mapReader(type, column, typeName);
      case ROW -> structReader(type, column, typeName);
      default -> throw new FormatException(
          "JSON does not support type " + typeName + " (column " + column + ")");
    };
  }

  private static Object readLong(JsonNode node) {
    return readLong(node, "BIGINT");
  }

  private static Long readLong(JsonNode node, String typeName) {
    if (node.isNumber()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      return parse(node.textValue(), typeName, Long::valueOf);
    }
    throw cannotConvert(node, typeName);
  }

  private static String readString(JsonNode node) {
    if (node.isObject()) {
      return node.toString();
    }
    if (node.isArray()) {
      // ksqlDB renders an array read as STRING as its elements' text, comma separated.
      StringBuilder text = new StringBuilder("[");
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        JsonNode element = it.next();
        text.append(element.isNull() ? "null" : readString(element));
        if (it.hasNext()) {
          text.append(", ");
        }
      }
      return text.append(']').toString();
    }
    return node.asText();
  }

  /** ksqlDB's message shows a JSON string without its quotes: {@code Can't convert 'abc' to INTEGER}. */
  private static ValueConversionException cannotConvert(Object value, String typeName) {
    Object shown = value instanceof JsonNode node && node.isTextual() ? node.textValue() : value;
    return ValueConversionException.cannotConvert(shown, typeName);
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T parse(String text, String typeName, Parser<T> parser) {
    try {
      return parser.parse(text.trim());
    } catch (NumberFormatException e) {
      throw cannotConvert(text, typeName);
    }
  }

  private static JsonReader arrayReader(JsonReader elements, String typeName) {
    return node -> {
      if (!(node instanceof ArrayNode array)) {
        throw cannotConvert(node, typeName);
      }
      List<Object> list = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        try {
          list.add(element.isNull() ? null : elements.read(element));
        } catch (ValueConversionException e) {
          throw e.within("[" + i + "]");
        }
      }
      return list;
    };
  }

  private static JsonReader mapReader(RelDataType type, String column, String typeName) {
    if (!TypeNames.of(type.getKeyType()).equals("STRING")) {
      throw new FormatException("JSON supports only MAPs with STRING keys, not " + typeName
          + " (column " + column + ")");
    }
    JsonReader values = forType(type.getValueType(), column);
    return node -> {
      if (!(node instanceof ObjectNode object)) {
        throw cannotConvert(node, typeName);
      }
      Map<String, Object> map = new LinkedHashMap<>(Math.max(4, object.size() * 2));
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        try {
          map.put(entry.getKey(), entry.getValue().isNull() ? null : values.read(entry.getValue()));
        } catch (ValueConversionException e) {
          throw e.within("['" + entry.getKey() + "']");
        }
      }
      return map;
    };
  }

  private static JsonReader structReader(RelDataType type, String column, String typeName) {
    FieldReaders fields = FieldReaders.of(type.getFieldList(), column);
    return node -> {
      if (!(node instanceof ObjectNode object)) {
        throw cannotConvert(node, typeName);
      }
      Object[] struct = new Object[fields.size()];
      for (int i = 0; i < struct.length; i++) {
        try {
          struct[i] = fields.read(object, i);
        } catch (ValueConversionException e) {
          throw e.within("." + fields.name(i));
        }
      }
      return struct;
    };
  }

  /**
   * The readers of an object's fields, and ksqlDB's name matching: the exact name first (quoted,
   * mixed-case columns), then the upper-cased JSON name (unquoted columns are upper case).
   */
  static final class FieldReaders {
    private final String[] names;
    private final JsonReader[] readers;
    private final Map<String, Integer> indexes;

    private FieldReaders(String[] names, JsonReader[] readers) {
      this.names = names;
      this.readers = readers;
      this.indexes = new HashMap<>(names.length * 2);
      for (int i = 0; i < names.length; i++) {
        indexes.put(names[i], i);
      }
    }

    static FieldReaders of(List<RelDataTypeField> fields, String parentColumn) {
      String[] names = new String[fields.size()];
      JsonReader[] readers = new JsonReader[fields.size()];
      for (int i = 0; i < names.length; i++) {
        RelDataTypeField field = fields.get(i);
        names[i] = field.getName();
        readers[i] = forType(field.getType(), parentColumn == null ? field.getName() : parentColumn);
      }
      return new FieldReaders(names, readers);
    }

    int size() {
      return names.length;
    }

    String name(int index) {
      return names[index];
    }

    /** The value of field {@code index} in {@code object}; null when absent or JSON null. */
    Object read(ObjectNode object, int index) {
      JsonNode node = object.get(names[index]);
      if (node == null) {
        node = findIgnoringCase(object, names[index]);
      }
      return node == null || node.isNull() ? null : readers[index].read(node);
    }

    /** The field named exactly {@code name}, or -1. */
    int exactIndex(String name) {
      Integer index = indexes.get(name);
      return index == null ? -1 : index;
    }

    /** The field that {@code name} upper-cased names, as {@link #read} falls back to, or -1. */
    int upperCaseIndex(String name) {
      String upper = name.toUpperCase(Locale.ROOT);
      return upper.length() == name.length() ? exactIndex(upper) : -1;
    }

    /** Reads {@code node} as field {@code index}'s type (for an unwrapped single column). */
    Object readNode(JsonNode node, int index) {
      return node.isNull() ? null : readers[index].read(node);
    }

    private static JsonNode findIgnoringCase(ObjectNode object, String name) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String key = entry.getKey();
        if (key.length() == name.length() && key.toUpperCase(Locale.ROOT).equals(name)) {
          return entry.getValue();
        }
      }
      return null;
    }
  }
}
