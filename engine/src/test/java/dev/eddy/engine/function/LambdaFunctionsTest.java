package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.catalog.TypeNames;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.calcite.runtime.CalciteContextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Higher-order functions end to end. Calcite's parser writes lambdas {@code x -> body} (ksqlDB's
 * {@code x => body} is the Eddy parser's job); their parameters get their types from the call's
 * other arguments, and each compiles to a linq4j function adapted to the UDF's
 * {@code Function}/{@code BiFunction}.
 */
class LambdaFunctionsTest {

  private static final FunctionHarness HARNESS = new FunctionHarness();

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("TRANSFORM(arr, x -> x + 1)", "ARRAY<INTEGER>", List.of(2, 3, 3, 4)),
        Arguments.of("TRANSFORM(arr, x -> 'a')", "ARRAY<STRING>", List.of("a", "a", "a", "a")),
        Arguments.of("`FILTER`(arr, x -> x > 1)", "ARRAY<INTEGER>", List.of(2, 2, 3)),
        Arguments.of("REDUCE(arr, 0, (s, x) -> s + x)", "INTEGER", 8),
        // three parameters: linq4j has no such function type, Eddy compiles the lambda itself
        Arguments.of("REDUCE(m, 10, (s, k, v) -> CASE WHEN CHAR_LENGTH(k) > 0 THEN s + v ELSE s END)", "INTEGER", 11),
        // two lambdas of two parameters, typed in the order written
        Arguments.of("TRANSFORM(m, (k, v) -> UCASE(k), (k, v) -> v * 2)", "MAP<STRING, INTEGER>",
            Map.of("K", 2)),
        // a DATE element reaches the lambda body as Calcite's days, and a function inside it
        Arguments.of("TRANSFORM(ARRAY[dt], x -> FORMAT_DATE(x, 'yyyy'))", "ARRAY<STRING>",
            List.of("2022")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void lambdasRunInsideTheFunction(String expression, String type, Object expected) throws Exception {
    FunctionHarness.Result result = HARNESS.run(expression);
    assertThat(TypeNames.of(result.type())).isEqualTo(type);
    assertThat(result.value()).isEqualTo(expected);
  }

  @Test
  void aLambdaCannotReadColumnsOfTheRowInCalcite142() {
    assertThatThrownBy(() -> HARNESS.typeOf("TRANSFORM(tags, x -> CONCAT(x, name))"))
        .isInstanceOf(CalciteContextException.class)
        .hasMessage("From line 1, column 39 to line 1, column 42: "
            + "Param 'NAME' not found in lambda expression '`X` -> `CONCAT`(`X`, `NAME`)'");
  }
}
