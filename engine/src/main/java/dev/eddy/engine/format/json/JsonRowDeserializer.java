package dev.eddy.engine.format.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.ValueConversionException;
import java.io.IOException;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Reads a JSON record part: an object whose fields are the columns (wrapped), or, for a single
 * unwrapped column, the bare JSON value. JSON {@code null} as the whole document reads as a
 * null record part (a tombstone for values).
 *
 * <p>An object is read as a stream of tokens, not as a tree: each field is matched to its column
 * as it goes by (the exact name, else the upper-cased name, as {@link JsonReaders.FieldReaders}
 * matches), a field no column wants is skipped unread, and only the wanted values become nodes
 * for the column readers, scalars directly, objects and arrays as small trees. The result, errors
 * included, is that of reading the whole document as a tree, which is still how a document that
 * is not an object is read, for its error message.
 */
final class JsonRowDeserializer implements RowDeserializer {

  // Exact big decimals so DECIMAL columns keep every digit the producer wrote.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /** How a field was matched to a column; a better match replaces a worse one. */
  private static final byte UNMATCHED = 0;
  private static final byte IGNORING_CASE = 1;
  private static final byte EXACT = 2;

  private final JsonReaders.FieldReaders columns;
  private final boolean wrapped;
  private final String expected;

  JsonRowDeserializer(List<RelDataTypeField> columns, boolean wrapped) {
    this.columns = JsonReaders.FieldReaders.of(columns, null);
    this.wrapped = wrapped;
    this.expected = "a JSON object with fields "
        + String.join(", ", columns.stream().map(RelDataTypeField::getName).toList());
  }

  @Override
  public Object[] deserialize(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      if (wrapped) {
        JsonNode[] fields = readObject(bytes);
        if (fields != null) {
          return readColumns(fields);
        }
      }
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isNull() || root.isMissingNode()) {
        return null;
      }
      return wrapped ? readWrapped(root) : readUnwrapped(root);
    } catch (JsonProcessingException e) {
      throw new FormatException("Invalid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FormatException("Invalid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The node of each column's field, or null for a document that is not an object (the caller
   * reads it as a tree, for the tree's null handling and error messages).
   */
  private JsonNode[] readObject(byte[] bytes) throws IOException {
    try (JsonParser parser = MAPPER.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonNode[] nodes = new JsonNode[columns.size()];
      byte[] matches = new byte[nodes.length];
      String[] matchedNames = new String[nodes.length];
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        int column = columns.exactIndex(name);
        byte match = EXACT;
        if (column < 0) {
          column = columns.upperCaseIndex(name);
          match = IGNORING_CASE;
        }
        // Like a tree: a repeated field's last value counts; among fields matching ignoring
        // case, the first name seen; an exact name beats them all.
        if (column < 0 || matches[column] > match
            || (matches[column] == IGNORING_CASE && match == IGNORING_CASE && !matchedNames[column].equals(name))) {
          parser.skipChildren();
          continue;
        }
        nodes[column] = node(parser, token);
        matches[column] = match;
        matchedNames[column] = name;
      }
      return nodes;
    }
  }

  private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> IntNode.valueOf(parser.getIntValue());
        case LONG -> LongNode.valueOf(parser.getLongValue());
        default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(parser.getDecimalValue());
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      case VALUE_NULL -> NullNode.getInstance();
      default -> MAPPER.readTree(parser);
    };
  }

  private Object[] readColumns(JsonNode[] nodes) {
    Object[] values = new Object[nodes.length];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = nodes[i] == null ? null : columns.readNode(nodes[i], i);
      } catch (ValueConversionException e) {
        throw e.forColumn(columns.name(i));
      }
    }
    return values;
  }

  private Object[] readWrapped(JsonNode root) {
    if (!(root instanceof ObjectNode object)) {
      throw new FormatException("Expected " + expected + ", got: " + abbreviate(root.toString()));
    }
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = columns.read(object, i);
      } catch (ValueConversionException e) {
        throw e.forColumn(columns.name(i));
      }
    }
    return values;
  }

  private Object[] readUnwrapped(JsonNode root) {
    try {
      return new Object[] {columns.readNode(root, 0)};
    } catch (ValueConversionException e) {
      throw e.forColumn(columns.name(0));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "...";
  }
}
