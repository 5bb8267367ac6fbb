package dev.eddy.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges one topic's records against the expected ones as ksqlDB's ExpectedRecordComparator
 * does (README §6.1, §6.2): the same count, keys, values and timestamps, in order.
 *
 * <p>ksqlDB runs everything on one partition; Eddy's sinks may spread records over several, so
 * order is only required within each actual partition: expected records are matched in file
 * order against the heads of the partitions.
 */
public final class OutputComparator {

  /**
   * @param anyZeroTimestamp a case without inputs lets an expected timestamp of 0 match anything
   * @return the first difference, or null when the topic matches
   */
  public static String compare(String topic, List<JsonNode> expected, List<ActualRecord> actual,
      boolean anyZeroTimestamp) {
    if (expected.size() != actual.size()) {
      return "topic " + topic + ": expected " + expected.size() + " records but got " + actual.size()
          + (actual.isEmpty() ? "" : "; actual: " + describeAll(actual));
    }
    Map<Integer, Deque<ActualRecord>> partitions = new TreeMap<>();
    for (ActualRecord record : actual) {
      partitions.computeIfAbsent(record.partition(), p -> new ArrayDeque<>()).add(record);
    }
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      String firstDifference = null;
      boolean matched = false;
      for (Iterator<Deque<ActualRecord>> it = partitions.values().iterator(); it.hasNext() && !matched;) {
        Deque<ActualRecord> queue = it.next();
        if (queue.isEmpty()) {
          continue;
        }
        String difference = difference(want, queue.peek(), anyZeroTimestamp);
        if (difference == null) {
          queue.poll();
          matched = true;
        } else if (firstDifference == null) {
          firstDifference = difference;
        }
      }
      if (!matched) {
        return "topic " + topic + ", record " + i + ": " + firstDifference + "; actual: " + describeAll(actual);
      }
    }
    return null;
  }

  /** The actual records, partition by partition, so a failure shows what Eddy wrote. */
  private static String describeAll(List<ActualRecord> actual) {
    StringBuilder text = new StringBuilder();
    for (ActualRecord record : actual.stream().limit(12).toList()) {
      text.append(text.length() == 0 ? "" : ", ").append('p').append(record.partition()).append(' ')
          .append(describe(record));
    }
    return text + (actual.size() > 12 ? ", ..." : "");
  }

  static String difference(JsonNode expected, ActualRecord actual, boolean anyZeroTimestamp) {
    byte[] actualKey = actual.key();
    JsonNode window = expected.get("window");
    if (window != null && !window.isNull()) {
      String problem = windowDifference(window, actualKey);
      if (problem != null) {
        return problem;
      }
      boolean session = "session".equalsIgnoreCase(window.path("type").asText());
      actualKey = java.util.Arrays.copyOf(actualKey, actualKey.length - (session ? 16 : 8));
    }
    JsonNode key = expected.get("key");
    if (!matches(key == null ? null : key, actualKey)) {
      return "key: expected " + key + " but got " + quote(actualKey);
    }
    JsonNode value = expected.get("value");
    if (!matches(value, actual.value())) {
      return "value: expected " + value + " but got " + quote(actual.value());
    }
    JsonNode timestamp = expected.get("timestamp");
    if (timestamp != null && !timestamp.isNull()) {
      long want = timestamp.asLong();
      boolean any = anyZeroTimestamp && want == 0;
      if (!any && (actual.timestamp() == null || actual.timestamp() != want)) {
        return "timestamp: expected " + want + " but got " + actual.timestamp();
      }
    }
    return null;
  }

  /**
   * Checks the window of a windowed key as Kafka Streams lays it out: the key, then a time
   * window's start (its end is not stored), or a session's end and then its start, each an
   * 8-byte big-endian long. Null when the window matches.
   */
  private static String windowDifference(JsonNode window, byte[] key) {
    boolean session = "session".equalsIgnoreCase(window.path("type").asText());
    int suffix = session ? 16 : 8;
    if (key == null || key.length < suffix) {
      return "expected a windowed key " + window + " but got key " + quote(key);
    }
    ByteBuffer bytes = ByteBuffer.wrap(key, key.length - suffix, suffix);
    long end = session ? bytes.getLong() : Long.MIN_VALUE;
    long start = bytes.getLong();
    if (start != window.path("start").asLong() || (session && end != window.path("end").asLong())) {
      return "window: expected " + window + " but got start " + start + (session ? ", end " + end : "");
    }
    return null;
  }

  /**
   * Compares the expected spec form with the actual bytes. The spec form says how to read them:
   * an object or array is JSON text; a bare string is a DELIMITED line, a KAFKA string or an
   * unwrapped JSON string; a number is JSON or DELIMITED text, or else a KAFKA INT, BIGINT or
   * DOUBLE in Kafka's binary layout (4 or 8 bytes).
   */
  static boolean matches(JsonNode expected, byte[] bytes) {
    if (expected == null || expected.isNull()) {
      return bytes == null;
    }
    if (bytes == null) {
      return false;
    }
    String actual = new String(bytes, StandardCharsets.UTF_8);
    if (matches(expected, actual)) {
      return true;
    }
    if (expected.isNumber() && (bytes.length == 4 || bytes.length == 8)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      JsonNode binary;
      if (bytes.length == 4) {
        binary = IntNode.valueOf(buffer.getInt());
      } else if (expected.isIntegralNumber()) {
        binary = LongNode.valueOf(buffer.getLong());
      } else {
        // ksqlDB decodes a KAFKA DOUBLE to the decimal of its Double.toString form.
        binary = DecimalNode.valueOf(new BigDecimal(Double.toString(buffer.getDouble())));
      }
      return sameValue(expected, binary);
    }
    return false;
  }

  static boolean matches(JsonNode expected, String actual) {
    if (expected.isTextual() && expected.asText().equals(actual)) {
      return true;
    }
    JsonNode parsed;
    try {
      parsed = CaseLoader.JSON.readTree(actual);
    } catch (Exception e) {
      return false;
    }
    return parsed != null && sameValue(expected, parsed);
  }

  /** README §6.2's value rules, with the actual side a JSON tree read with exact decimals. */
  static boolean sameValue(JsonNode expected, JsonNode actual) {
    if (expected.isNull()) {
      return actual.isNull();
    }
    if (expected.isObject()) {
      if (!actual.isObject() || actual.size() != expected.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode other = actual.has(field.getKey()) ? actual.get(field.getKey())
            : actual.get(field.getKey().toUpperCase(java.util.Locale.ROOT));
        if (other == null || !sameValue(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!sameValue(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber()) {
      return sameNumber(expected, actual);
    }
    if (expected.isTextual()) {
      if (actual.isTextual()) {
        return expected.asText().equals(actual.asText());
      }
      if (actual.isBigDecimal()) {
        try {
          return actual.decimalValue().equals(new BigDecimal(expected.asText()));
        } catch (NumberFormatException e) {
          return false;
        }
      }
      return false;
    }
    if (expected.isBoolean()) {
      return actual.isBoolean() && actual.booleanValue() == expected.booleanValue();
    }
    return false;
  }

  /**
   * An integral actual equals the expected value truncated; a fractional actual (read as an exact
   * decimal, as upstream does with exact numeric comparison) must equal an integer literal with no
   * fraction, or a fractional literal including its scale.
   */
  private static boolean sameNumber(JsonNode expected, JsonNode actual) {
    if (!actual.isNumber()) {
      return false;
    }
    if (actual.isIntegralNumber()) {
      return actual.bigIntegerValue().equals(expected.decimalValue().toBigInteger());
    }
    BigDecimal value = actual.decimalValue();
    if (expected.isIntegralNumber()) {
      return value.scale() <= 0 && value.compareTo(expected.decimalValue()) == 0;
    }
    return value.equals(expected.decimalValue());
  }

  private static String describe(ActualRecord record) {
    return "key=" + quote(record.key()) + " value=" + quote(record.value()) + " timestamp=" + record.timestamp();
  }

  private static String quote(byte[] bytes) {
    if (bytes == null) {
      return "null";
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean printable = text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
        && java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
    return "'" + (printable ? text : "base64:" + java.util.Base64.getEncoder().encodeToString(bytes)) + "'";
  }

}
