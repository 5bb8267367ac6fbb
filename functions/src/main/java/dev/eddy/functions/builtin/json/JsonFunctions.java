package dev.eddy.functions.builtin.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.builtin.Bytes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Functions over JSON held in STRING values. Text that is not valid JSON gives NULL (or false),
 * never an error, because such text is data, not a query mistake.
 */
public final class JsonFunctions {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonFunctions() {}

  @UdfDescription(name = "EXTRACTJSONFIELD", category = FunctionCategory.JSON,
      description = "The value at a JSONPath ($.a.b[0]) as a STRING: strings unquoted, other"
          + " values as JSON text; NULL if missing.")
  public static final class ExtractJsonField {
    @Udf
    public String extractJsonField(@UdfParameter("json") String json,
        @UdfParameter("path") String path) {
      if (json == null || path == null) {
        return null;
      }
      JsonPath p = JsonPath.parse(path);
      JsonNode node = p.select(Json.parse(json));
      if (node == null || node.isNull() || node.isMissingNode()) {
        return null;
      }
      return node.isTextual() ? node.asText() : Json.write(node);
    }
  }

  @UdfDescription(name = "IS_JSON_STRING", category = FunctionCategory.JSON,
      description = "True if a string is exactly one valid JSON value.")
  public static final class IsJsonString {
    @Udf
    public Boolean isJsonString(@UdfParameter("json") String json) {
      return Json.parse(json) != null;
    }
  }

  @UdfDescription(name = "JSON_ARRAY_LENGTH", category = FunctionCategory.JSON,
      description = "The length of a top-level JSON array; NULL for anything else.")
  public static final class JsonArrayLength {
    @Udf
    public Integer jsonArrayLength(@UdfParameter("json") String json) {
      JsonNode node = Json.parse(json);
      return node != null && node.isArray() ? node.size() : null;
    }
  }

  @UdfDescription(name = "JSON_KEYS", category = FunctionCategory.JSON,
      description = "The top-level keys of a JSON object; NULL for anything else.")
  public static final class JsonKeys {
    @Udf
    public List<String> jsonKeys(@UdfParameter("json") String json) {
      JsonNode node = Json.parse(json);
      if (node == null || !node.isObject()) {
        return null;
      }
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      return keys;
    }
  }

  @UdfDescription(name = "JSON_RECORDS", category = FunctionCategory.JSON,
      description = "The top-level entries of a JSON object, values as JSON text.")
  public static final class JsonRecords {
    @Udf
    public Map<String, String> jsonRecords(@UdfParameter("json") String json) {
      JsonNode node = Json.parse(json);
      if (node == null || !node.isObject()) {
        return null;
      }
      Map<String, String> out = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> out.put(e.getKey(), Json.write(e.getValue())));
      return out;
    }
  }

  @UdfDescription(name = "JSON_ITEMS", category = FunctionCategory.JSON,
      description = "The elements of a top-level JSON array, each as JSON text.")
  public static final class JsonItems {
    @Udf
    public List<String> jsonItems(@UdfParameter("json") String json) {
      JsonNode node = Json.parse(json);
      if (node == null || !node.isArray()) {
        return null;
      }
      List<String> out = new ArrayList<>();
      node.forEach(n -> out.add(Json.write(n)));
      return out;
    }
  }

  @UdfDescription(name = "JSON_CONCAT", category = FunctionCategory.JSON,
      description = "Merges JSON values like PostgreSQL's ||: objects merge their top-level keys,"
          + " anything else concatenates as arrays; NULL if any input is NULL or invalid.")
  public static final class JsonConcat {
    @Udf
    public String jsonConcat(@UdfParameter("inputs") String... inputs) {
      List<JsonNode> nodes = new ArrayList<>();
      for (String s : inputs) {
        JsonNode n = Json.parse(s);
        if (n == null) {
          return null;
        }
        nodes.add(n);
      }
      if (nodes.isEmpty()) {
        return null;
      }
      if (nodes.stream().allMatch(JsonNode::isObject)) {
        ObjectNode out = NODES.objectNode();
        nodes.forEach(n -> out.setAll((ObjectNode) n));
        return Json.write(out);
      }
      ArrayNode out = NODES.arrayNode();
      for (JsonNode n : nodes) {
        if (n.isArray()) {
          out.addAll((ArrayNode) n);
        } else {
          out.add(n);
        }
      }
      return Json.write(out);
    }
  }

  /**
   * One overload per primitive search type, as in ksqlDB: an INT only matches JSON integers,
   * a DOUBLE only JSON floats, so '[1.0]' does not contain 1.
   */
  @UdfDescription(name = "JSON_ARRAY_CONTAINS", category = FunctionCategory.JSON,
      description = "True if a JSON array string contains a value; false if it is not an array.")
  public static final class JsonArrayContains {
    @Udf
    public Boolean contains(@UdfParameter("jsonArray") String json, @UdfParameter("val") Integer val) {
      return anyMatch(json, n -> val == null ? n.isNull()
          : n.isIntegralNumber() && n.canConvertToLong() && n.longValue() == val);
    }

    @Udf
    public Boolean contains(@UdfParameter("jsonArray") String json, @UdfParameter("val") Long val) {
      return anyMatch(json, n -> val == null ? n.isNull()
          : n.isIntegralNumber() && n.canConvertToLong() && n.longValue() == val);
    }

    @Udf
    public Boolean contains(@UdfParameter("jsonArray") String json, @UdfParameter("val") Double val) {
      return anyMatch(json, n -> val == null ? n.isNull()
          : n.isFloatingPointNumber() && n.doubleValue() == val);
    }

    @Udf
    public Boolean contains(@UdfParameter("jsonArray") String json, @UdfParameter("val") Boolean val) {
      return anyMatch(json, n -> val == null ? n.isNull() : n.isBoolean() && n.booleanValue() == val);
    }

    @Udf
    public Boolean contains(@UdfParameter("jsonArray") String json, @UdfParameter("val") String val) {
      return anyMatch(json, n -> val == null ? n.isNull() : n.isTextual() && n.textValue().equals(val));
    }

    private static Boolean anyMatch(String json, java.util.function.Predicate<JsonNode> test) {
      JsonNode node = Json.parse(json);
      if (node == null || !node.isArray()) {
        return false;
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        if (test.test(it.next())) {
          return true;
        }
      }
      return false;
    }
  }

  @UdfDescription(name = "TO_JSON_STRING", category = FunctionCategory.JSON,
      description = "Any value as JSON text; NULL becomes 'null'. DATE, TIME and TIMESTAMP are"
          + " ISO strings (TIMESTAMP in UTC), BYTES base64.")
  public static final class ToJsonString {
    private static final DateTimeFormatter TIMESTAMP =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Udf
    public <T> String toJsonString(@UdfParameter("input") T input) {
      return Json.write(toNode(input));
    }

    static JsonNode toNode(Object v) {
      if (v == null) {
        return NODES.nullNode();
      }
      if (v instanceof Boolean b) {
        return NODES.booleanNode(b);
      }
      if (v instanceof Integer i) {
        return NODES.numberNode(i);
      }
      if (v instanceof Long l) {
        return NODES.numberNode(l);
      }
      if (v instanceof Double d) {
        return NODES.numberNode(d);
      }
      if (v instanceof BigDecimal d) {
        return NODES.numberNode(d);
      }
      if (v instanceof String s) {
        return NODES.textNode(s);
      }
      if (v instanceof ByteBuffer b) {
        return NODES.textNode(Base64.getEncoder().encodeToString(Bytes.toArray(b)));
      }
      // java.sql.Time and Date extend java.util.Date; test them before Timestamp's supertype.
      if (v instanceof java.sql.Timestamp t) {
        return NODES.textNode(TIMESTAMP.format(Instant.ofEpochMilli(t.getTime())));
      }
      if (v instanceof java.sql.Time t) {
        return NODES.textNode(
            LocalTime.ofNanoOfDay(Math.floorMod(t.getTime(), 86_400_000L) * 1_000_000L).toString());
      }
      if (v instanceof java.sql.Date d) {
        return NODES.textNode(LocalDate.ofEpochDay(Math.floorDiv(d.getTime(), 86_400_000L)).toString());
      }
      if (v instanceof List<?> list) {
        ArrayNode a = NODES.arrayNode();
        list.forEach(e -> a.add(toNode(e)));
        return a;
      }
      if (v instanceof Map<?, ?> map) {
        ObjectNode o = NODES.objectNode();
        map.forEach((k, e) -> o.set(Objects.toString(k), toNode(e)));
        return o;
      }
      if (v instanceof Struct s) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < s.schema().fields().size(); i++) {
          o.set(s.schema().fields().get(i).name(), toNode(s.get(i)));
        }
        return o;
      }
      return NODES.textNode(v.toString());
    }
  }
}
