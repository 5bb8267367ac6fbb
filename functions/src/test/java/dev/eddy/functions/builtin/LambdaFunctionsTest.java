package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.list;
import static dev.eddy.functions.builtin.Calls.typed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.api.TriFunction;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Lambdas as the engine will pass them: it first asks the signature for the lambda's input
 * types, types the body, then resolves the call with the complete lambda type.
 */
class LambdaFunctionsTest {

  static final SqlType INT = SqlTypes.INTEGER;
  static final SqlType STRING = SqlTypes.STRING;

  static Calls.Typed lambda(List<SqlType> in, SqlType out, Object fn) {
    return typed(SqlTypes.lambda(in, out), fn);
  }

  @Test
  void transformArray() {
    Function<Integer, String> f = x -> "#" + x;
    assertThat(call("TRANSFORM", list(1, 2), lambda(List.of(INT), STRING, f)))
        .isEqualTo(list("#1", "#2"));
    ResolvedCall r = Calls.resolve("TRANSFORM", list(1, 2), lambda(List.of(INT), STRING, f));
    assertThat(r.returnType()).isEqualTo(SqlTypes.array(STRING));
  }

  @Test
  void lambdaInputTypesComeFromTheCollection() {
    FunctionSignature array = Calls.REGISTRY.get("TRANSFORM").overloads().get(0);
    assertThat(array.lambdaInputTypes(1, Arrays.asList(SqlTypes.array(SqlTypes.DOUBLE), null)))
        .containsExactly(SqlTypes.DOUBLE);
    FunctionSignature map = Calls.REGISTRY.get("REDUCE").overloads().stream()
        .filter(s -> s.parameters().get(0).type().baseType().name().equals("MAP"))
        .findFirst().orElseThrow();
    assertThat(map.lambdaInputTypes(2,
        Arrays.asList(SqlTypes.map(STRING, INT), SqlTypes.BIGINT, null)))
        .containsExactly(SqlTypes.BIGINT, STRING, INT);
  }

  @Test
  void transformMap() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", 2);
    BiFunction<String, Integer, String> k = (key, v) -> key.toUpperCase();
    BiFunction<String, Integer, Integer> v = (key, val) -> val * 10;
    ResolvedCall r = Calls.resolve("TRANSFORM", m, lambda(List.of(STRING, INT), STRING, k),
        lambda(List.of(STRING, INT), INT, v));
    assertThat(r.returnType()).isEqualTo(SqlTypes.map(STRING, INT));
    assertThat(call("TRANSFORM", m, lambda(List.of(STRING, INT), STRING, k),
        lambda(List.of(STRING, INT), INT, v))).isEqualTo(Map.of("A", 10, "B", 20));
  }

  @Test
  void filter() {
    Function<Integer, Boolean> even = x -> x == null ? null : x % 2 == 0;
    assertThat(call("FILTER", list(1, 2, null, 4), lambda(List.of(INT), SqlTypes.BOOLEAN, even)))
        .isEqualTo(list(2, 4));
    BiFunction<String, Integer, Boolean> big = (key, val) -> val > 1;
    assertThat(call("FILTER", Map.of("a", 1, "b", 2), lambda(List.of(STRING, INT), SqlTypes.BOOLEAN, big)))
        .isEqualTo(Map.of("b", 2));
    assertThat(call("FILTER", typed(SqlTypes.array(INT), null),
        lambda(List.of(INT), SqlTypes.BOOLEAN, even))).isNull();
  }

  @Test
  void reduceArrayWidensTheStateToTheLambdaResult() {
    BiFunction<Long, Integer, Long> sum = (s, x) -> s + x;
    ResolvedCall r = Calls.resolve("REDUCE", list(1, 2, 3), 0,
        lambda(List.of(SqlTypes.BIGINT, INT), SqlTypes.BIGINT, sum));
    assertThat(r.returnType()).isEqualTo(SqlTypes.BIGINT);
    assertThat(r.argumentTypes().get(1)).isEqualTo(SqlTypes.BIGINT);
    assertThat(call("REDUCE", list(1, 2, 3), 0,
        lambda(List.of(SqlTypes.BIGINT, INT), SqlTypes.BIGINT, sum))).isEqualTo(6L);
  }

  @Test
  void reduceNullRules() {
    BiFunction<Integer, Integer, Integer> sum = (s, x) -> s + x;
    var f = lambda(List.of(INT, INT), INT, sum);
    assertThat(call("REDUCE", list(1, 2), typed(INT, null), f)).isNull();
    assertThat(call("REDUCE", typed(SqlTypes.array(INT), null), 5, f)).isEqualTo(5);
  }

  @Test
  void reduceMap() {
    TriFunction<String, String, Integer, String> f = (s, k, v) -> s + k + v;
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", 2);
    assertThat(call("REDUCE", m, ">", lambda(List.of(STRING, STRING, INT), STRING, f)))
        .isEqualTo(">a1b2");
  }
}
