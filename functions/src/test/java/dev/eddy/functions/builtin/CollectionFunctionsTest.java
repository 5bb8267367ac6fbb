package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.list;
import static dev.eddy.functions.builtin.Calls.row;
import static dev.eddy.functions.builtin.Calls.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionFunctionsTest {

  static final Calls.Typed NULL_INT_ARRAY = typed(SqlTypes.array(SqlTypes.INTEGER), null);
  static final Calls.Typed EMPTY_INT_ARRAY = typed(SqlTypes.array(SqlTypes.INTEGER), List.of());

  static Map<String, Integer> map(Object... kv) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Integer) kv[i + 1]);
    }
    return m;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        row("ARRAY_CONTAINS", true, list(1, 2, 3), 3),
        row("ARRAY_CONTAINS", false, list(1, 2, 3), 4),
        row("ARRAY_CONTAINS", true, list("a", null), null),
        row("ARRAY_CONTAINS", false, NULL_INT_ARRAY, 1),
        row("ARRAY_DISTINCT", list(1, 2, 3), list(1, 1, 2, 3, 1, 2)),
        row("ARRAY_DISTINCT", list("apple", null, "cherry"), list("apple", "apple", null, "cherry")),
        row("ARRAY_DISTINCT", null, NULL_INT_ARRAY),
        row("ARRAY_EXCEPT", list(1), list(1, 2, 3, 1, 2), list(2, 3)),
        row("ARRAY_EXCEPT", list("apple", null), list("apple", "apple", null, "cherry"), list("cherry")),
        row("ARRAY_EXCEPT", null, list(1), NULL_INT_ARRAY),
        row("ARRAY_INTERSECT", list(1, 2), list(1, 2, 3, 1, 2), list(2, 1)),
        row("ARRAY_UNION", list(1, 2, 3, 4), list(1, 2, 3, 1, 2), list(4, 1)),
        row("ARRAY_CONCAT", list(1, 2, 3, 1, 2, 4, 1), list(1, 2, 3, 1, 2), list(4, 1)),
        row("ARRAY_CONCAT", list(4), NULL_INT_ARRAY, list(4)),
        row("ARRAY_CONCAT", null, NULL_INT_ARRAY, NULL_INT_ARRAY),
        row("ARRAY_JOIN", "1,2,3", list(1, 2, 3)),
        row("ARRAY_JOIN", "a|null|b", list("a", null, "b"), "|"),
        row("ARRAY_JOIN", "", EMPTY_INT_ARRAY),
        row("ARRAY_LENGTH", 3, list(1, 2, 3)),
        row("ARRAY_LENGTH", 0, EMPTY_INT_ARRAY),
        row("ARRAY_LENGTH", null, NULL_INT_ARRAY),
        row("ARRAY_MAX", 2, list(-1, 2, null, 0)),
        row("ARRAY_MAX", true, list(false, null, true)),
        row("ARRAY_MAX", "baz", list("Foo", "Bar", null, "baz")),
        row("ARRAY_MAX", null, typed(SqlTypes.array(SqlTypes.INTEGER), list((Integer) null))),
        row("ARRAY_MIN", -1, list(-1, 2, null, 0)),
        row("ARRAY_MIN", "Bar", list("Foo", "Bar", null, "baz")),
        row("ARRAY_REMOVE", list(1, 3, 1), list(1, 2, 3, 2, 1), 2),
        row("ARRAY_REMOVE", list(null, true, true), list(false, null, true, true), false),
        row("ARRAY_REMOVE", list("Foo", "Bar", "baz"), list("Foo", "Bar", null, "baz"), null),
        row("ARRAY_SORT", list(-1, 0, 2, null), list(-1, 2, null, 0)),
        row("ARRAY_SORT", list(false, true, null), list(false, null, true)),
        row("ARRAY_SORT", list("Bar", "Foo", "baz", null), list("Foo", "Bar", null, "baz")),
        row("ARRAY_SORT", list(2, 0, -1, null), list(-1, 2, null, 0), "desc"),
        row("SLICE", list(2, 3), list(1, 2, 3, 4), 2, 3),
        row("SLICE", list(1, 2), list(1, 2, 3, 4), null, 2),
        row("SLICE", list(3, 4), list(1, 2, 3, 4), 3, null),
        row("SLICE", null, list(1, 2, 3, 4), 0, 2),
        row("SLICE", null, list(1, 2, 3, 4), 2, 5),
        row("GENERATE_SERIES", list(1, 2, 3), 1, 3),
        row("GENERATE_SERIES", list(3, 2, 1), 3, 1),
        row("GENERATE_SERIES", list(0, 2, 4), 0, 5, 2),
        row("GENERATE_SERIES", list(5L, 3L, 1L), 5L, 0L, -2),
        row("GENERATE_SERIES", list(7), 7, 7),
        row("AS_MAP", map("a", 1, "b", 2), list("a", "b"), list(1, 2)),
        row("AS_MAP", map("a", 1, "b", null), list("a", "b"), list(1)),
        row("MAP_KEYS", list("apple", "banana"), map("apple", 10, "banana", 20)),
        row("MAP_VALUES", list(10, 20), map("apple", 10, "banana", 20)),
        row("MAP_UNION", map("apple", 50, "banana", 20),
            map("apple", 10, "banana", 20), map("apple", 50)),
        row("MAP_UNION", map("a", 1), typed(SqlTypes.map(SqlTypes.STRING, SqlTypes.INTEGER), null),
            map("a", 1)));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("cases")
  void evaluates(String function, Object expected, Object[] args) {
    assertThat(call(function, args)).isEqualTo(expected);
  }

  @Test
  void genericReturnTypesBindToTheElementType() {
    var dec = SqlTypes.array(SqlTypes.decimal(4, 2));
    assertThat(Calls.REGISTRY.resolve("ARRAY_DISTINCT", List.of(dec)).returnType()).isEqualTo(dec);
    assertThat(Calls.REGISTRY.resolve("ARRAY_MAX", List.of(dec)).returnType())
        .isEqualTo(SqlTypes.decimal(4, 2));
    assertThat(Calls.REGISTRY.resolve("MAP_VALUES",
        List.of(SqlTypes.map(SqlTypes.STRING, SqlTypes.DATE))).returnType())
        .isEqualTo(SqlTypes.array(SqlTypes.DATE));
    assertThat(Calls.REGISTRY.resolve("AS_MAP",
        List.of(SqlTypes.array(SqlTypes.STRING), SqlTypes.array(SqlTypes.BOOLEAN))).returnType())
        .isEqualTo(SqlTypes.map(SqlTypes.STRING, SqlTypes.BOOLEAN));
  }

  @Test
  void elementTypesMustAgree() {
    assertThatThrownBy(() -> call("ARRAY_CONTAINS", list(1, 2), "x"))
        .isInstanceOf(FunctionException.class)
        .hasMessage("Function 'ARRAY_CONTAINS' does not accept parameters (ARRAY<INTEGER>, STRING)."
            + "\nValid alternatives are:\nARRAY_CONTAINS(array ARRAY<T>, value T) => BOOLEAN");
  }

  @Test
  void entriesBuildsStructsWithASchema() {
    SqlStruct schema = SqlTypes.struct().field("K", SqlTypes.STRING).field("V", SqlTypes.INTEGER).build();
    assertThat(Calls.resolve("ENTRIES", map("b", 2, "a", 1), true).returnType())
        .isEqualTo(SqlTypes.array(schema));
    assertThat(call("ENTRIES", map("b", 2, "a", 1), true)).isEqualTo(List.of(
        new Struct(schema).put("K", "a").put("V", 1), new Struct(schema).put("K", "b").put("V", 2)));
    assertThat(call("ENTRIES", map("b", 2, "a", 1), false)).isEqualTo(List.of(
        new Struct(schema).put("K", "b").put("V", 2), new Struct(schema).put("K", "a").put("V", 1)));
  }

  @Test
  void generateSeriesRejectsBadSteps() {
    assertThatThrownBy(() -> call("GENERATE_SERIES", 1, 5, 0))
        .isInstanceOf(UdfException.class).hasMessage("GENERATE_SERIES step cannot be zero");
    assertThatThrownBy(() -> call("GENERATE_SERIES", 1, 5, -1))
        .isInstanceOf(UdfException.class).hasMessage("GENERATE_SERIES step has wrong sign");
  }

  @Test
  void arraySortRejectsUnknownDirection() {
    assertThatThrownBy(() -> call("ARRAY_SORT", list(1), "UP"))
        .isInstanceOf(UdfException.class)
        .hasMessage("ARRAY_SORT: direction must be ASC or DESC, got 'UP'");
  }

  @Test
  void decimalsKeepTheirValue() {
    assertThat(call("ARRAY_MAX", list(new BigDecimal("1.10"), new BigDecimal("1.05"))))
        .isEqualTo(new BigDecimal("1.10"));
  }
}
