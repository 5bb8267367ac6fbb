package dev.eddy.shell;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a result value into the text a table or CSV cell shows: {@code null} for SQL NULL (as
 * ksqlDB's CLI does), decimals without exponent, bytes in Base64, arrays as {@code [1, 2]},
 * maps and structs as {@code {K=V, ...}}.
 */
final class ValueFormatter {

  private ValueFormatter() {}

  static String format(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof List<?> list) {
      StringBuilder text = new StringBuilder("[");
      for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
        text.append(format(it.next())).append(it.hasNext() ? ", " : "");
      }
      return text.append(']').toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder text = new StringBuilder("{");
      for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> entry = it.next();
        text.append(format(entry.getKey())).append('=').append(format(entry.getValue()))
            .append(it.hasNext() ? ", " : "");
      }
      return text.append('}').toString();
    }
    return value.toString();
  }
}
