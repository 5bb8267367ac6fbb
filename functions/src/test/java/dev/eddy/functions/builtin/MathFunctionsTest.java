package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.resolve;
import static dev.eddy.functions.builtin.Calls.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MathFunctionsTest {

  static Stream<Arguments> cases() {
    Integer ni = null;
    Double nd = null;
    return Stream.of(
        row("ABS", 1, -1),
        row("ABS", 2L, -2L),
        row("ABS", 3.1, -3.1),
        row("ABS", new BigDecimal("3.2"), new BigDecimal("-3.2")),
        row("ABS", null, ni),
        row("CEIL", 2.0, 1.1),
        row("CEIL", -1.0, -1.9),
        row("CEIL", 5, 5),
        row("CEIL", new BigDecimal("2.0"), new BigDecimal("1.1")),
        row("FLOOR", 1.0, 1.9),
        row("FLOOR", -2.0, -1.1),
        row("FLOOR", new BigDecimal("-2.0"), new BigDecimal("-1.1")),
        row("ROUND", 1L, 1.2),
        row("ROUND", 2L, 1.5),
        row("ROUND", -1L, -1.5),
        row("ROUND", 1.2, 1.23, 1),
        row("ROUND", 1.3, 1.25, 1),
        row("ROUND", 0.0, 1.2, -1),
        row("ROUND", 120.0, 123.4, -1),
        row("ROUND", 7, 7),
        row("ROUND", new BigDecimal("12345678987654321"),
            new BigDecimal("12345678987654321.2345678987654321")),
        row("ROUND", new BigDecimal("1.2350"), new BigDecimal("1.2345"), 3),
        row("ROUND", new BigDecimal("-1"), new BigDecimal("-1.5")),
        row("ROUND", null, nd, 1),
        row("TRUNC", 1L, 1.7),
        row("TRUNC", -1L, -1.7),
        row("TRUNC", 1.7, 1.79, 1),
        row("TRUNC", new BigDecimal("1"), new BigDecimal("1.9")),
        row("TRUNC", new BigDecimal("1.7000000"), new BigDecimal("1.7999999"), 1),
        row("SIGN", -1, -5),
        row("SIGN", 0, 0L),
        row("SIGN", 1, 0.5),
        row("SIGN", -1, new BigDecimal("-0.1")),
        row("SIGN", null, ni),
        row("SQRT", 3.0, 9),
        row("SQRT", Double.NaN, -1.0),
        row("CBRT", 3.0, 27.0),
        row("EXP", 1.0, 0),
        row("LN", 0.0, 1.0),
        row("LOG", 4.605170185988092, 100),
        row("LOG", 3.0, 2.0, 8.0),
        row("LOG", Double.NaN, 1.0, 8.0),
        row("LOG", Double.NaN, 2.0, -8.0),
        row("LOG", Double.NEGATIVE_INFINITY, 2.0, 0.0),
        row("POWER", 8.0, 2, 3),
        row("POWER", Double.POSITIVE_INFINITY, 10.0, 400.0),
        row("PI", Math.PI),
        row("DEGREES", 180.0, Math.PI),
        row("RADIANS", Math.PI, 180),
        row("SIN", 0.0, 0.0),
        row("COS", 1.0, 0.0),
        row("TAN", 0.0, 0.0),
        row("COT", Double.POSITIVE_INFINITY, 0.0),
        row("COT", Double.NEGATIVE_INFINITY, -0.0),
        row("ASIN", Double.NaN, 2.0),
        row("ACOS", 0.0, 1.0),
        row("ATAN", 0.0, 0.0),
        row("ATAN2", Math.PI / 2, 1.0, 0.0),
        row("SINH", 0.0, 0.0),
        row("COSH", 1.0, 0.0),
        row("TANH", 0.0, 0.0),
        row("GREATEST", 5, 1, 5, 3),
        row("GREATEST", 5, 1, null, 5),
        row("GREATEST", 2.5, 1, 2.5),
        row("GREATEST", "b", "a", "b"),
        row("LEAST", 1L, 3, 1L),
        row("LEAST", new BigDecimal("1.05"), new BigDecimal("1.1"), new BigDecimal("1.05")),
        row("LEAST", 1, null, 1));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("cases")
  void evaluates(String function, Object expected, Object[] args) {
    assertThat(call(function, args)).isEqualTo(expected);
  }

  @Test
  void decimalResultTypesFollowTheArgument() {
    var d = SqlTypes.decimal(33, 16);
    assertThat(Calls.REGISTRY.resolve("ROUND", java.util.List.of(d)).returnType())
        .isEqualTo(SqlTypes.decimal(17, 0));
    assertThat(Calls.REGISTRY.resolve("ROUND", java.util.List.of(d, SqlTypes.INTEGER)).returnType())
        .isEqualTo(d);
    assertThat(Calls.REGISTRY.resolve("ABS", java.util.List.of(d)).returnType()).isEqualTo(d);
    assertThat(Calls.REGISTRY.resolve("ROUND", java.util.List.of(SqlTypes.DOUBLE)).returnType())
        .isEqualTo(SqlTypes.BIGINT);
    assertThat(Calls.REGISTRY.resolve("GREATEST",
        java.util.List.of(SqlTypes.decimal(4, 2), SqlTypes.decimal(5, 1))).returnType())
        .isEqualTo(SqlTypes.decimal(6, 2));
    assertThat(resolve("GREATEST", 1, 2L).returnType()).isEqualTo(SqlTypes.BIGINT);
  }

  @Test
  void geoDistance() {
    // Two points 1 degree of latitude apart on a meridian: radius * pi / 180.
    assertThat((Double) call("GEO_DISTANCE", 0.0, 0.0, 1.0, 0.0))
        .isCloseTo(111.19492664, within(1e-6));
    assertThat((Double) call("GEO_DISTANCE", 37.4439, -122.1663, 51.5257, -0.1122, "MILES"))
        .isCloseTo(5365.659729188262, within(1e-9));
    assertThat((Double) call("GEO_DISTANCE", 37.4439, -122.1663, 51.5257, -0.1122))
        .isCloseTo(8634.659796579544, within(1e-9));
    assertThat(call("GEO_DISTANCE", 0.0, 0.0, 0.0, 0.0, "km")).isEqualTo(0.0);
    assertThat(call("GEO_DISTANCE", null, 0.0, 0.0, 0.0)).isNull();
    assertThatThrownBy(() -> call("GEO_DISTANCE", 91.0, 0.0, 0.0, 0.0))
        .isInstanceOf(UdfException.class)
        .hasMessage("GEO_DISTANCE: latitude must be in [-90, 90] and longitude in [-180, 180],"
            + " got (91.0, 0.0)");
    assertThatThrownBy(() -> call("GEO_DISTANCE", 0.0, 0.0, 0.0, 0.0, "parsecs"))
        .isInstanceOf(UdfException.class)
        .hasMessage("GEO_DISTANCE: units must be KM or MILES, got 'parsecs'");
  }

  @Test
  void genericResultOfOnlyNullsCannotBeInferred() {
    assertThatThrownBy(() -> call("GREATEST", null, null))
        .hasMessage("Cannot infer the return type T of GREATEST(val T, vals T...) => T from"
            + " arguments (NULL, NULL); cast NULL arguments to a type");
  }

  @Test
  void randomIsInUnitInterval() {
    for (int i = 0; i < 100; i++) {
      assertThat((Double) call("RANDOM")).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    }
  }
}
