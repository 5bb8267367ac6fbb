package dev.eddy.functions.builtin.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * The one Jackson mapper of the JSON functions (thread-safe, built once). Floats are read as
 * exact decimals so that text round-trips: EXTRACTJSONFIELD of {@code 1.23450} is
 * {@code "1.23450"}, as in ksqlDB.
 */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private Json() {}

  /** The parsed value, or null if the text is NULL or not exactly one JSON value. */
  static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() == null) {
        return null;
      }
      JsonNode node = MAPPER.readTree(p);
      return p.nextToken() == null ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
