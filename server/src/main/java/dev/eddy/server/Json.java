package dev.eddy.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's one JSON mapper and the mapping of engine values to JSON-ready values. */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /**
   * An engine value as Jackson can write it without extra modules: dates and times become ISO-8601
   * strings (as ksqlDB writes them), byte[] stays for Jackson's base64, collections are walked.
   */
  static Object value(Object value) {
    if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(item -> out.add(value(item)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((key, item) -> out.put(String.valueOf(key), value(item)));
      return out;
    }
    return value;
  }
}
