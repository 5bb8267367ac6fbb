package dev.eddy.engine.runtime;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders a row as {@code +I[1, abc, [x, y], {A=1}] @1000}: the one textual form of a changelog
 * row, shared by {@link RowBatch#toString()}, test expectations and the processing log.
 */
public final class RowFormatter {

  private RowFormatter() {}

  public static String format(RowKind kind, Object[] row, long rowtime) {
    return kind.shortString() + formatValues(row) + " @" + rowtime;
  }

  /** Renders values with nested STRUCTs ({@code Object[]}) shown by content. */
  public static String formatValues(Object[] row) {
    if (row == null) {
      return "null";
    }
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    for (Object value : row) {
      joiner.add(formatValue(value));
    }
    return joiner.toString();
  }

  private static String formatValue(Object value) {
    if (value instanceof Object[] struct) {
      return formatValues(struct);
    }
    if (value instanceof List<?> list) {
      StringJoiner joiner = new StringJoiner(", ", "[", "]");
      list.forEach(element -> joiner.add(formatValue(element)));
      return joiner.toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringJoiner joiner = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> joiner.add(formatValue(k) + "=" + formatValue(v)));
      return joiner.toString();
    }
    return String.valueOf(value);
  }
}
