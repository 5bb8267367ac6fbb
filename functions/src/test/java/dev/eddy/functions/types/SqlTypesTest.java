package dev.eddy.functions.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TriFunction;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int | INTEGER",
      "VARCHAR | STRING",
      "decimal(10,2) | DECIMAL(10, 2)",
      "DECIMAL | DECIMAL",
      "array<map<string, bigint>> | ARRAY<MAP<STRING, BIGINT>>",
      "STRUCT<a INT, `b c` ARRAY<T>> | STRUCT<A INTEGER, `b c` ARRAY<T>>",
      "STRUCT<> | STRUCT<>",
      "STRUCT | STRUCT",
      "MAP<STRING, V> | MAP<STRING, V>",
  })
  void parsesSchemaStrings(String text, String printed) {
    SqlType type = SqlTypes.parse(text);
    assertThat(type.toString()).isEqualTo(printed);
    assertThat(SqlTypes.parse(printed)).isEqualTo(type);
  }

  @Test
  void parseErrorsSayWhere() {
    assertThatThrownBy(() -> SqlTypes.parse("ARRAY<INT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid type 'ARRAY<INT' at position 10: expected '>'");
    assertThatThrownBy(() -> SqlTypes.parse("DECIMAL(2, 5)"))
        .hasMessage("DECIMAL precision must be in [1, 1000] and scale in [0, precision]: got"
            + " precision 2, scale 5");
    assertThatThrownBy(() -> SqlTypes.parse("INT INT"))
        .hasMessage("invalid type 'INT INT' at position 5: unexpected 'INT'");
  }

  @Test
  void openTypesAreNotConcrete() {
    assertThat(SqlDecimal.ANY.isConcrete()).isFalse();
    assertThat(SqlStruct.ANY.isConcrete()).isFalse();
    assertThat(SqlTypes.array(SqlTypes.typeVariable("T")).isConcrete()).isFalse();
    assertThat(SqlTypes.map(SqlTypes.STRING, SqlTypes.decimal(3, 1)).isConcrete()).isTrue();
  }

  // Signatures read by reflection below.
  @SuppressWarnings("unused")
  public static <T, R> Map<String, List<R>> sample(List<T> list, Function<T, R> f,
      TriFunction<Long, T, String, Boolean> g, BigDecimal d, ByteBuffer b, Struct s,
      java.sql.Date date, java.sql.Time time, java.sql.Timestamp ts, int primitive) {
    return null;
  }

  @Test
  void javaTypesMapToSqlTypesWithGenerics() throws Exception {
    Method m = getClass().getMethod("sample", List.class, Function.class, TriFunction.class,
        BigDecimal.class, ByteBuffer.class, Struct.class, java.sql.Date.class, java.sql.Time.class,
        java.sql.Timestamp.class, int.class);
    List<String> params = java.util.Arrays.stream(m.getGenericParameterTypes())
        .map(t -> JavaTypes.sqlType(t).toString()).toList();
    assertThat(params).containsExactly("ARRAY<T>", "LAMBDA(T => R)",
        "LAMBDA(BIGINT, T, STRING => BOOLEAN)", "DECIMAL", "BYTES", "STRUCT", "DATE", "TIME",
        "TIMESTAMP", "INTEGER");
    assertThat(JavaTypes.sqlType(m.getGenericReturnType()).toString())
        .isEqualTo("MAP<STRING, ARRAY<R>>");
    assertThat(JavaTypes.javaClass(SqlTypes.TIMESTAMP)).isEqualTo(java.sql.Timestamp.class);
    assertThat(JavaTypes.javaClass(SqlTypes.lambda(List.of(SqlTypes.INTEGER), SqlTypes.STRING)))
        .isEqualTo(Function.class);
    assertThat(JavaTypes.sqlType(Object.class)).isEqualTo(SqlTypeVariable.ANY);
    assertThatThrownBy(() -> JavaTypes.sqlType(Thread.class))
        .hasMessage("no SQL type for Java type java.lang.Thread");
    assertThatThrownBy(() -> JavaTypes.sqlType(List.class))
        .hasMessage("raw List has no element type; declare its type arguments");
  }

  @Test
  void implicitWideningFollowsKsqlDb() {
    assertThat(ImplicitCasts.cost(SqlTypes.INTEGER, SqlTypes.INTEGER)).isZero();
    assertThat(ImplicitCasts.cost(SqlTypes.INTEGER, SqlTypes.BIGINT)).isEqualTo(1);
    assertThat(ImplicitCasts.canCast(SqlTypes.INTEGER, SqlTypes.decimal(10, 0))).isTrue();
    assertThat(ImplicitCasts.canCast(SqlTypes.INTEGER, SqlTypes.decimal(9, 0))).isFalse();
    assertThat(ImplicitCasts.canCast(SqlTypes.BIGINT, SqlTypes.decimal(19, 2))).isFalse();
    assertThat(ImplicitCasts.canCast(SqlTypes.BIGINT, SqlTypes.decimal(21, 2))).isTrue();
    assertThat(ImplicitCasts.canCast(SqlTypes.decimal(4, 2), SqlTypes.DOUBLE)).isTrue();
    assertThat(ImplicitCasts.canCast(SqlTypes.decimal(4, 2), SqlTypes.decimal(5, 3))).isTrue();
    assertThat(ImplicitCasts.canCast(SqlTypes.decimal(4, 2), SqlTypes.decimal(4, 3))).isFalse();
    assertThat(ImplicitCasts.cost(SqlTypes.decimal(4, 2), SqlDecimal.ANY)).isZero();
    assertThat(ImplicitCasts.canCast(SqlTypes.DOUBLE, SqlTypes.BIGINT)).isFalse();
    assertThat(ImplicitCasts.canCast(SqlTypes.STRING, SqlTypes.INTEGER)).isFalse();
    assertThat(ImplicitCasts.canCast(SqlTypes.array(SqlTypes.INTEGER), SqlTypes.array(SqlTypes.BIGINT)))
        .isFalse();
    assertThat(ImplicitCasts.commonSuperType(SqlTypes.INTEGER, SqlTypes.decimal(5, 2)))
        .isEqualTo(SqlTypes.decimal(12, 2));
    assertThat(ImplicitCasts.commonSuperType(SqlTypes.BIGINT, SqlTypes.DOUBLE)).isEqualTo(SqlTypes.DOUBLE);
    assertThat(ImplicitCasts.commonSuperType(SqlTypes.STRING, SqlTypes.DOUBLE)).isNull();
  }

  @Test
  void bindingsUnifyStructure() {
    TypeBindings b = new TypeBindings();
    SqlType param = SqlTypes.map(SqlTypes.typeVariable("K"), SqlTypes.array(SqlTypes.typeVariable("V")));
    assertThat(b.bind(param, SqlTypes.map(SqlTypes.STRING, SqlTypes.array(SqlTypes.DATE)))).isTrue();
    assertThat(b.substitute(SqlTypes.map(SqlTypes.typeVariable("V"), SqlTypes.typeVariable("K"))))
        .isEqualTo(SqlTypes.map(SqlTypes.DATE, SqlTypes.STRING));
    assertThat(b.bind(SqlTypes.typeVariable("V"), SqlTypes.STRING)).isFalse();
    assertThat(new TypeBindings().bind(param, SqlTypes.array(SqlTypes.STRING))).isFalse();
  }

  @Test
  void structValuesCheckFieldNames() {
    SqlStruct schema = SqlTypes.struct().field("A", SqlTypes.INTEGER).build();
    Struct s = new Struct(schema).put("A", 1);
    assertThat(s.get(0)).isEqualTo(1);
    assertThat(s).isEqualTo(new Struct(schema).put(0, 1)).hasToString("Struct{A=1}");
    assertThatThrownBy(() -> s.put("B", 2)).hasMessage("no field B in STRUCT<A INTEGER>");
    assertThatThrownBy(() -> new Struct(SqlStruct.ANY))
        .hasMessage("a struct value needs a concrete schema, got STRUCT");
  }
}
