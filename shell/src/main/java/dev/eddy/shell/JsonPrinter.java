package dev.eddy.shell;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one object per row, {@code {"ID":1,"NAME":"alice"}}, keyed by column name and
 * written the moment the row arrives, so a push query's output can be piped into {@code jq}.
 * Numbers and booleans stay JSON numbers and booleans, arrays stay arrays, maps and structs
 * become objects; bytes are Base64 and anything else (dates, times) its text.
 */
final class JsonPrinter implements ResultPrinter {

  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private List<Column> columns;

  JsonPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(List<Column> columns, boolean streaming) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public void row(List<Object> values) {
    try {
      JsonGenerator json = JSON.createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        json.writeFieldName(columns.get(i).name());
        write(json, i < values.size() ? values.get(i) : null);
      }
      json.writeEndObject();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  @Override
  public void end() {
    out.flush();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        json.writeNumber(d);
      } else {
        json.writeString(String.valueOf(d)); // JSON has no NaN or Infinity
      }
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else if (value instanceof byte[] bytes) {
      json.writeString(Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        write(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        write(json, entry.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeString(ValueFormatter.format(value));
    }
  }
}
