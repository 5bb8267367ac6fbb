package dev.eddy.engine.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
final class JsonRowDeserializer implements RowDeserializer {

  // Exact big decimals so DECIMAL columns keep every digit the producer wrote.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

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
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new FormatException("Invalid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FormatException("Invalid JSON: " + e.getMessage(), e);
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return null;
    }
    return wrapped ? readWrapped(root) : readUnwrapped(root);
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
