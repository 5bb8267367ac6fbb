package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.bytes;
import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.list;
import static dev.eddy.functions.builtin.Calls.row;
import static dev.eddy.functions.builtin.Calls.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON, URL and NULL-handling functions. */
class JsonUrlNullFunctionsTest {

  static final String LOG = "{\"log\": {\"cloud\": \"gcp836Csd\", \"app\": \"ksProcessor\","
      + " \"instance\": 4, \"tags\": [\"a\", {\"x\": 1.23450}], \"none\": null}}";

  static Stream<Arguments> cases() {
    String s = null;
    return Stream.of(
        row("EXTRACTJSONFIELD", "gcp836Csd", LOG, "$.log.cloud"),
        row("EXTRACTJSONFIELD", "4", LOG, "$.log.instance"),
        row("EXTRACTJSONFIELD", "a", LOG, "$.log.tags[0]"),
        row("EXTRACTJSONFIELD", "1.23450", LOG, "$['log'].tags[1][\"x\"]"),
        row("EXTRACTJSONFIELD", "{\"x\":1.23450}", LOG, "$.log.tags[1]"),
        row("EXTRACTJSONFIELD", null, LOG, "$.log.tags[-1]"),
        row("EXTRACTJSONFIELD", null, LOG, "$.log.missing"),
        row("EXTRACTJSONFIELD", null, LOG, "$.log.none"),
        row("EXTRACTJSONFIELD", null, "{not json", "$.a"),
        row("EXTRACTJSONFIELD", "UDF", "{\"@type\": \"UDF\"}", "$.@type"),
        row("IS_JSON_STRING", true, "[1, 2, 3]"),
        row("IS_JSON_STRING", true, "\"abc\""),
        row("IS_JSON_STRING", true, "null"),
        row("IS_JSON_STRING", false, ""),
        row("IS_JSON_STRING", false, "abc"),
        row("IS_JSON_STRING", false, "{} {}"),
        row("IS_JSON_STRING", false, s),
        row("JSON_ARRAY_LENGTH", 3, "[1, [1, [2]], 3]"),
        row("JSON_ARRAY_LENGTH", 0, "[]"),
        row("JSON_ARRAY_LENGTH", null, "{}"),
        row("JSON_ARRAY_LENGTH", null, "abc"),
        row("JSON_KEYS", list("a", "b", "d"), "{\"a\": \"abc\", \"b\": { \"c\": \"a\" }, \"d\": 1}"),
        row("JSON_KEYS", list(), "{}"),
        row("JSON_KEYS", null, "[]"),
        row("JSON_RECORDS", Map.of("a", "\"abc\"", "b", "{\"c\":\"a\"}", "d", "1"),
            "{\"a\": \"abc\", \"b\": { \"c\": \"a\" }, \"d\": 1}"),
        row("JSON_RECORDS", null, "123"),
        row("JSON_ITEMS", list("1", "{\"a\":[2]}", "\"x\""), "[1, {\"a\": [2]}, \"x\"]"),
        row("JSON_CONCAT", "{\"a\":1,\"b\":2}", "{\"a\": 1}", "{\"b\": 2}"),
        row("JSON_CONCAT", "{\"a\":{\"3\":4}}", "{\"a\": {\"5\": 6}}", "{\"a\": {\"3\": 4}}"),
        row("JSON_CONCAT", "[1,2,3,4]", "[1, 2]", "[3, 4]"),
        row("JSON_CONCAT", "[null,null]", "null", "null"),
        row("JSON_CONCAT", "[1,2,{\"a\":1}]", "[1, 2]", "{\"a\": 1}"),
        row("JSON_CONCAT", "[1,2]", "1", "2"),
        row("JSON_CONCAT", null, "abc", "[1]"),
        row("JSON_CONCAT", null, s, "[1]"),
        row("JSON_ARRAY_CONTAINS", true, "[1, 2, 3]", 3),
        row("JSON_ARRAY_CONTAINS", false, "[1.0, 2]", 1),
        row("JSON_ARRAY_CONTAINS", true, "[1.5, 2]", 1.5),
        row("JSON_ARRAY_CONTAINS", true, "[\"a\", true]", true),
        row("JSON_ARRAY_CONTAINS", true, "[\"a\", true]", "a"),
        row("JSON_ARRAY_CONTAINS", true, "[5000000000]", 5000000000L),
        row("JSON_ARRAY_CONTAINS", false, "{\"a\": 1}", 1),
        row("JSON_ARRAY_CONTAINS", false, "[1", 1),
        row("URL_EXTRACT_FRAGMENT", "frag space", "http://test.com#frag%20space"),
        row("URL_EXTRACT_FRAGMENT", null, "http://test.com"),
        row("URL_EXTRACT_HOST", "test.com", "http://test.com:8080/path"),
        row("URL_EXTRACT_PATH", "/path/to", "http://test.com/path/to#a"),
        row("URL_EXTRACT_PATH", "", "http://test.com"),
        row("URL_EXTRACT_PORT", 8080, "http://localhost:8080/path"),
        row("URL_EXTRACT_PORT", null, "http://localhost/path"),
        row("URL_EXTRACT_PROTOCOL", "http", "http://test.com?a=foo&b=bar"),
        row("URL_EXTRACT_QUERY", "a=foo bar&b=baz", "http://test.com?a=foo%20bar&b=baz"),
        row("URL_EXTRACT_QUERY", null, "http://test.com"),
        row("URL_EXTRACT_PARAMETER", "c d", "http://test.com?a%20b=c%20d", "a b"),
        row("URL_EXTRACT_PARAMETER", "bar", "http://test.com?a=foo&b=bar", "b"),
        row("URL_EXTRACT_PARAMETER", null, "http://test.com?a&b=bar", "a"),
        row("URL_EXTRACT_PARAMETER", null, "http://test.com?a=1", "z"),
        row("URL_EXTRACT_HOST", null, "http://bad host/"),
        row("URL_ENCODE_PARAM", "%3Ffoo+%24bar", "?foo $bar"),
        row("URL_ENCODE_PARAM", "hello%26world", "hello&world"),
        row("URL_DECODE_PARAM", "url encoded", "url%20encoded"),
        row("COALESCE", 2, null, 2, 3),
        row("COALESCE", "a", "a"),
        row("COALESCE", 2.5, null, 2.5, 1),
        row("COALESCE", null, typed(SqlTypes.STRING, null), null),
        row("IFNULL", "alt", typed(SqlTypes.STRING, null), "alt"),
        row("IFNULL", "x", "x", "alt"),
        row("NULLIF", null, "x", "x"),
        row("NULLIF", "x", "x", "y"),
        row("NULLIF", list(1), list(1), list(2)),
        row("AS_VALUE", 42, 42));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("cases")
  void evaluates(String function, Object expected, Object[] args) {
    assertThat(call(function, args)).isEqualTo(expected);
  }

  @Test
  void toJsonStringOfEveryType() {
    SqlStruct schema = SqlTypes.struct().field("ID", SqlTypes.INTEGER).field("NAME", SqlTypes.STRING).build();
    Map<String, List<Integer>> nested = new LinkedHashMap<>();
    nested.put("id", List.of(1, 2, 3));
    assertThat(call("TO_JSON_STRING", 1)).isEqualTo("1");
    assertThat(call("TO_JSON_STRING", 123.456)).isEqualTo("123.456");
    assertThat(call("TO_JSON_STRING", new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(call("TO_JSON_STRING", "abc")).isEqualTo("\"abc\"");
    assertThat(call("TO_JSON_STRING", true)).isEqualTo("true");
    assertThat(call("TO_JSON_STRING", typed(SqlTypes.INTEGER, null))).isEqualTo("null");
    assertThat(call("TO_JSON_STRING", bytes(0x21))).isEqualTo("\"IQ==\"");
    assertThat(call("TO_JSON_STRING", new Time(60220000))).isEqualTo("\"16:43:40\"");
    assertThat(call("TO_JSON_STRING", new Date(1000 * 86_400_000L))).isEqualTo("\"1972-09-27\"");
    assertThat(call("TO_JSON_STRING", new Timestamp(60220000000L)))
        .isEqualTo("\"1971-11-28T23:46:40.000\"");
    assertThat(call("TO_JSON_STRING", List.of(1, 2, 3))).isEqualTo("[1,2,3]");
    assertThat(call("TO_JSON_STRING", new Struct(schema).put("ID", 1).put("NAME", "Alice")))
        .isEqualTo("{\"ID\":1,\"NAME\":\"Alice\"}");
    assertThat(call("TO_JSON_STRING", nested)).isEqualTo("{\"id\":[1,2,3]}");
  }

  @Test
  void invalidJsonPathIsAQueryError() {
    assertThatThrownBy(() -> call("EXTRACTJSONFIELD", "{}", "log.cloud"))
        .isInstanceOf(UdfException.class)
        .hasMessage("Invalid JSON path 'log.cloud': must start with $");
    assertThatThrownBy(() -> call("EXTRACTJSONFIELD", "{}", "$.a[*]"))
        .isInstanceOf(UdfException.class)
        .hasMessage("Invalid JSON path '$.a[*]': unsupported [*]");
  }

  @Test
  void coalesceOfMixedNumbersWidens() {
    assertThat(Calls.resolve("COALESCE", 1, 2L, 2.5).returnType()).isEqualTo(SqlTypes.DOUBLE);
    assertThatThrownBy(() -> Calls.resolve("COALESCE", 1, "a"))
        .hasMessageStartingWith("Function 'COALESCE' does not accept parameters (INTEGER, STRING)");
  }
}
