package dev.eddy.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the spec form of a key or value into bytes in a format Eddy reads (README §7). */
final class RecordEncoder {

  private RecordEncoder() {}

  /** @param types the declared column types of the key or the value (KAFKA needs them) */
  static byte[] encode(JsonNode spec, String format, List<String> types) {
    if (spec == null || spec.isNull() || format.equals("NONE")) {
      return null;
    }
    return switch (format) {
      case "DELIMITED" -> utf8(spec.isTextual() ? spec.asText() : spec.toString());
      case "KAFKA" -> kafka(spec, types.size() == 1 ? types.get(0) : null);
      default -> json(spec);
    };
  }

  /** KAFKA: one primitive column in Kafka's own serializers' layout; BYTES are the spec's UTF-8. */
  private static byte[] kafka(JsonNode spec, String type) {
    if (type == null || !spec.isNumber()) {
      return utf8(spec.isTextual() ? spec.asText() : spec.toString());
    }
    return switch (type) {
      case "INT", "INTEGER" -> ByteBuffer.allocate(4).putInt(spec.intValue()).array();
      case "BIGINT" -> ByteBuffer.allocate(8).putLong(spec.longValue()).array();
      case "DOUBLE" -> ByteBuffer.allocate(8).putDouble(spec.doubleValue()).array();
      default -> utf8(spec.toString());
    };
  }

  /** JSON: the spec's own text; numbers keep their literal (decimal) form. */
  private static byte[] json(JsonNode spec) {
    try {
      return CaseLoader.JSON.writeValueAsBytes(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write spec as JSON: " + spec, e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
