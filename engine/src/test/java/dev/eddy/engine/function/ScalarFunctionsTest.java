package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.functions.api.UdfException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.calcite.avatica.util.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scalar functions end to end: parsed, validated and planned with Eddy's operator table,
 * compiled by the engine's row-transform compiler, and run over {@link FunctionHarness#ROW}.
 * Each case gives the call's type in ksqlDB spelling and its exact value as Calcite's internal
 * representation (DATE as days, TIMESTAMP as epoch ms, BYTES as ByteString, STRUCT as Object[]).
 */
class ScalarFunctionsTest {

  private static final FunctionHarness HARNESS = new FunctionHarness();

  static Stream<Arguments> calls() {
    return Stream.of(
        // strings; varargs; ksqlDB's SUBSTRING/TRIM over Calcite's of the same name
        Arguments.of("UCASE(name)", "STRING", "HELLO"),
        Arguments.of("SUBSTRING(name, 2)", "STRING", "ello"),
        Arguments.of("SUBSTRING(name, 2, 2)", "STRING", "el"),
        Arguments.of("CONCAT(name, a, b, c)", "STRING", "helloab"),
        Arguments.of("`TRIM`('  x ')", "STRING", "x"),
        Arguments.of("LEN(NULL)", "INTEGER", null),
        Arguments.of("LEN(c)", "INTEGER", null),
        // numbers: overloads by argument type, implicit widening, decimals
        Arguments.of("ROUND(d, 1)", "DOUBLE", 2.4),
        Arguments.of("ROUND(big)", "BIGINT", 10L),
        Arguments.of("ROUND(amt, 1)", "DECIMAL(10, 3)", new BigDecimal("12.300")),
        Arguments.of("ABS(id - 3)", "INTEGER", 2),
        Arguments.of("`ABS`(amt)", "DECIMAL(10, 3)", new BigDecimal("12.345")),
        Arguments.of("GREATEST(id, big)", "BIGINT", 10L),
        // generics and collections
        Arguments.of("ARRAY_LENGTH(arr)", "INTEGER", 4),
        Arguments.of("ARRAY_DISTINCT(arr)", "ARRAY<INTEGER>", List.of(1, 2, 3)),
        Arguments.of("ARRAY_CONTAINS(arr, 2)", "BOOLEAN", true),
        Arguments.of("SLICE(tags, 1, 1)", "ARRAY<STRING>", List.of("x")),
        Arguments.of("MAP_KEYS(m)", "ARRAY<STRING>", List.of("k")),
        Arguments.of("AS_MAP(tags, ARRAY[1, 2])", "MAP<STRING, INTEGER>", Map.of("x", 1, "y", 2)),
        Arguments.of("COALESCE(c, 'dflt')", "STRING", "dflt"),
        Arguments.of("IFNULL(NULL, 3)", "INTEGER", 3),
        Arguments.of("NULLIF(id, 1)", "INTEGER", null),
        // date and time: java.sql values in, internal values out, also inside collections
        Arguments.of("FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd')", "STRING", "2023-11-14"),
        Arguments.of("FORMAT_DATE(dt, 'yyyy-MM-dd')", "STRING", "2022-01-08"),
        Arguments.of("FORMAT_TIME(tm, 'HH:mm')", "STRING", "01:00"),
        Arguments.of("FORMAT_DATE(NULL, 'yyyy')", "STRING", null),
        Arguments.of("PARSE_DATE('2022-01-08', 'yyyy-MM-dd')", "DATE", 19000),
        Arguments.of("PARSE_TIMESTAMP('2023-11-14 22:13:20', 'yyyy-MM-dd HH:mm:ss')", "TIMESTAMP",
            1_700_000_000_000L),
        Arguments.of("UNIX_DATE(dt)", "INTEGER", 19000),
        Arguments.of("`TIMESTAMPADD`('SECONDS', 1, ts)", "TIMESTAMP", 1_700_000_001_000L),
        Arguments.of("ARRAY_DISTINCT(ARRAY[dt, dt])", "ARRAY<DATE>", List.of(19000)),
        Arguments.of("ARRAY_MAX(ARRAY[ts])", "TIMESTAMP", 1_700_000_000_000L),
        // bytes
        Arguments.of("FROM_BYTES(bin, 'hex')", "STRING", "010203"),
        Arguments.of("TO_BYTES('0a0b', 'hex')", "BYTES", new ByteString(new byte[] {10, 11})),
        Arguments.of("CONCAT(bin, bin)", "BYTES", new ByteString(new byte[] {1, 2, 3, 1, 2, 3})),
        // Calcite's own syntax still works beside the registry's functions
        Arguments.of("TRIM(BOTH 'h' FROM name)", "STRING", "ello"),
        Arguments.of("SUBSTRING(name FROM 2 FOR 2)", "STRING", "el"),
        Arguments.of("CEIL(ts TO DAY)", "TIMESTAMP", 1_700_006_400_000L),
        Arguments.of("CAST(id AS VARCHAR)", "STRING", "1"),
        Arguments.of("CASE WHEN flag THEN UCASE(a) ELSE b END", "STRING", "A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void callsTheResolvedOverload(String expression, String type, Object expected) throws Exception {
    FunctionHarness.Result result = HARNESS.run(expression);
    assertThat(TypeNames.of(result.type())).isEqualTo(type);
    assertThat(result.value()).isEqualTo(expected);
  }

  @Test
  void structsGoInAsStructsAndComeBackAsRows() throws Exception {
    assertThat(TypeNames.of(HARNESS.typeOf("COALESCE(s, s)"))).isEqualTo("STRUCT<X INTEGER, Y STRING>");
    assertThat((Object[]) HARNESS.eval("COALESCE(s, s)")).containsExactly(7, "seven");

    Object entries = HARNESS.eval("ENTRIES(m, true)");
    assertThat(entries).isInstanceOf(List.class);
    assertThat(((List<?>) entries).stream().map(e -> Arrays.asList((Object[]) e)))
        .containsExactly(List.of("k", 1));
  }

  @Test
  void nonDeterministicFunctionsAreCalledPerRow() throws Exception {
    var transform = HARNESS.compile("`UUID`()");
    assertThat(transform.apply(FunctionHarness.ROW.clone())[0])
        .isNotEqualTo(transform.apply(FunctionHarness.ROW.clone())[0]);
  }

  @Test
  void aFunctionsExceptionReachesTheCaller() throws Exception {
    var transform = HARNESS.compile("PARSE_DATE(name, 'yyyy-MM-dd')");
    assertThatThrownBy(() -> transform.apply(FunctionHarness.ROW.clone()))
        .isInstanceOf(UdfException.class);
  }
}
