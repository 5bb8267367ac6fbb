package dev.eddy.bench.nexmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A query's final result as a multiset of rows, each row its values in the query's column order
 * written one way for both engines: numbers as plain decimals without trailing zeros (so Flink's
 * {@code DECIMAL(23,3)} 908.000 equals Eddy's 908), times as epoch milliseconds (Flink's
 * {@code TIMESTAMP(3)} read as UTC, Eddy's JSON timestamps), NULL as {@code null}.
 */
final class OutputRows {

  private final Map<String, Integer> rows = new HashMap<>();
  private long size;

  void add(List<?> values) {
    rows.merge(row(values), 1, Integer::sum);
    size++;
  }

  /** Takes one copy of a row back out (a retraction); false if there was none. */
  boolean remove(List<?> values) {
    String row = row(values);
    Integer count = rows.get(row);
    if (count == null) {
      return false;
    }
    if (count == 1) {
      rows.remove(row);
    } else {
      rows.put(row, count - 1);
    }
    size--;
    return true;
  }

  long size() {
    return size;
  }

  /** Up to {@code limit} rows whose count differs, as "row: this N, other M". */
  List<String> differences(OutputRows other, String thisName, String otherName, int limit) {
    TreeMap<String, int[]> counts = new TreeMap<>();
    rows.forEach((row, n) -> counts.computeIfAbsent(row, r -> new int[2])[0] = n);
    other.rows.forEach((row, n) -> counts.computeIfAbsent(row, r -> new int[2])[1] = n);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      if (entry.getValue()[0] != entry.getValue()[1] && differences.size() < limit) {
        differences.add(entry.getKey() + ": " + thisName + " " + entry.getValue()[0] + ", " + otherName + " "
            + entry.getValue()[1]);
      }
    }
    return differences;
  }

  boolean sameAs(OutputRows other) {
    return rows.equals(other.rows);
  }

  private static String row(List<?> values) {
    StringBuilder row = new StringBuilder();
    for (Object value : values) {
      if (row.length() > 0) {
        row.append(" | ");
      }
      row.append(normalize(value));
    }
    return row.toString();
  }

  static String normalize(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof JsonNode node) {
      if (node.isNull() || node.isMissingNode()) {
        return "null";
      }
      return node.isNumber() ? number(node.decimalValue()) : node.asText();
    }
    if (value instanceof BigDecimal decimal) {
      return number(decimal);
    }
    if (value instanceof Number number) {
      return number(new BigDecimal(number.toString()));
    }
    if (value instanceof LocalDateTime time) {
      return Long.toString(time.toInstant(ZoneOffset.UTC).toEpochMilli());
    }
    if (value instanceof Instant instant) {
      return Long.toString(instant.toEpochMilli());
    }
    return value.toString();
  }

  private static String number(BigDecimal decimal) {
    return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
  }
}
