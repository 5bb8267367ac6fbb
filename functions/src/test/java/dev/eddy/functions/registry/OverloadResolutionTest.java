package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverloadResolutionTest {

  static final FunctionRegistry BUILT_INS = FunctionRegistry.builtIns();
  static final SqlType INT = SqlTypes.INTEGER;
  static final SqlType BIGINT = SqlTypes.BIGINT;
  static final SqlType DOUBLE = SqlTypes.DOUBLE;
  static final SqlType STRING = SqlTypes.STRING;

  @UdfDescription(name = "pick", description = "Overloads that only widening tells apart.")
  public static class Pick {
    @Udf
    public String pick(Long a) {
      return "long";
    }

    @Udf
    public String pick(Double a) {
      return "double";
    }

    @Udf
    public String pick(@UdfParameter("a") Long a, @UdfParameter("b") Double b) {
      return "long,double";
    }

    @Udf
    public String pick(@UdfParameter("a") Double a, @UdfParameter("b") Long b) {
      return "double,long";
    }

    @Udf
    public String pick(String first, String... rest) {
      return "varargs:" + rest.length;
    }

    @Udf
    public String pick(String a, String b) {
      return "fixed";
    }
  }

  static final FunctionRegistry PICK = FunctionRegistry.builder().addClass(Pick.class).build();

  static ResolvedCall pick(SqlType... args) {
    return PICK.resolve("PICK", Arrays.asList(args));
  }

  @Test
  void exactMatchWins() {
    ResolvedCall abs = BUILT_INS.resolve("abs", List.of(INT));
    assertThat(abs.returnType()).isEqualTo(INT);
    assertThat(abs.cost()).isZero();
    assertThat(BUILT_INS.resolve("ABS", List.of(DOUBLE)).returnType()).isEqualTo(DOUBLE);
  }

  @Test
  void cheapestWideningWins() {
    ResolvedCall c = pick(INT);
    assertThat(c.signature().toString()).isEqualTo("PICK(a BIGINT) => STRING");
    assertThat(c.argumentTypes()).containsExactly(BIGINT);
    assertThat(pick(SqlTypes.decimal(3, 1)).signature().toString()).isEqualTo("PICK(a DOUBLE) => STRING");
    assertThat(c.signature().method().invoke(5L)).isEqualTo("long");
  }

  @Test
  void fixedArityBeatsVarargsAndVarargsTakesTheRest() {
    assertThat(pick(STRING, STRING).signature().method().invoke("a", "b")).isEqualTo("fixed");
    ResolvedCall three = pick(STRING, STRING, STRING);
    assertThat(three.signature().isVarargs()).isTrue();
    assertThat(three.argumentTypes()).containsExactly(STRING, STRING, STRING);
    assertThat(three.signature().method().invoke("a", "b", "c")).isEqualTo("varargs:2");
    assertThat(pick(STRING).signature().method().invoke("a")).isEqualTo("varargs:0");
  }

  @Test
  void equallyGoodCandidatesAreAmbiguous() {
    assertThatThrownBy(() -> pick(INT, INT))
        .isInstanceOf(FunctionException.class)
        .hasMessage("Function 'PICK' cannot be resolved due to ambiguous method parameters"
            + " (INTEGER, INTEGER).\nCandidates are:\n"
            + "PICK(a BIGINT, b DOUBLE) => STRING\n"
            + "PICK(a DOUBLE, b BIGINT) => STRING");
  }

  @Test
  void noMatchListsEveryCandidate() {
    assertThatThrownBy(() -> BUILT_INS.resolve("SUBSTRING", List.of(SqlTypes.BOOLEAN)))
        .isInstanceOf(FunctionException.class)
        .hasMessage("Function 'SUBSTRING' does not accept parameters (BOOLEAN).\n"
            + "Valid alternatives are:\n"
            + "SUBSTRING(str STRING, pos INTEGER) => STRING\n"
            + "SUBSTRING(bytes BYTES, pos INTEGER) => BYTES\n"
            + "SUBSTRING(str STRING, pos INTEGER, length INTEGER) => STRING\n"
            + "SUBSTRING(bytes BYTES, pos INTEGER, length INTEGER) => BYTES");
    assertThatThrownBy(() -> BUILT_INS.get("NO_SUCH_FUNCTION"))
        .hasMessage("Can't find any functions with the name 'NO_SUCH_FUNCTION'");
    assertThatThrownBy(() -> BUILT_INS.get("substrin"))
        .hasMessage("Can't find any functions with the name 'substrin'. Did you mean SUBSTRING?");
    assertThat(BUILT_INS.similarNames("ARRAY_LEN")).containsExactly("ARRAY_LENGTH", "ARRAY_MIN", "ARRAY_JOIN");
    assertThat(BUILT_INS.similarNames("LATEST")).containsExactly("LATEST_BY_OFFSET");
  }

  @Test
  void genericReturnTypesAreBound() {
    assertThat(BUILT_INS.resolve("ARRAY_UNION",
        List.of(SqlTypes.array(STRING), SqlTypes.array(STRING))).returnType())
        .isEqualTo(SqlTypes.array(STRING));
    assertThat(BUILT_INS.resolve("IFNULL", List.of(INT, BIGINT)).returnType()).isEqualTo(BIGINT);
    assertThat(BUILT_INS.resolve("IFNULL", Arrays.asList(null, STRING)).returnType()).isEqualTo(STRING);
    assertThatThrownBy(() -> BUILT_INS.resolve("ARRAY_UNION",
        List.of(SqlTypes.array(STRING), SqlTypes.array(INT))))
        .hasMessageStartingWith("Function 'ARRAY_UNION' does not accept parameters"
            + " (ARRAY<STRING>, ARRAY<INTEGER>)");
  }

  @Test
  void nonDeterministicOverloadsAreMarked() {
    assertThat(BUILT_INS.resolve("RANDOM", List.of()).signature().isDeterministic()).isFalse();
    assertThat(BUILT_INS.resolve("UUID", List.of()).signature().isDeterministic()).isFalse();
    assertThat(BUILT_INS.resolve("UUID", List.of(SqlTypes.BYTES)).signature().isDeterministic())
        .isTrue();
    assertThat(BUILT_INS.resolve("UNIX_TIMESTAMP", List.of()).signature().isDeterministic())
        .isFalse();
    assertThat(BUILT_INS.resolve("ABS", List.of(INT)).signature().isDeterministic()).isTrue();
  }

  @Test
  void nullArgumentsMatchAnyParameter() {
    ResolvedCall len = BUILT_INS.resolve("LEN", Arrays.asList((SqlType) null));
    assertThat(len.returnType()).isEqualTo(INT);
    assertThat(len.signature().parameters().get(0).type()).isEqualTo(STRING);
  }

  @Test
  void resolveReturnTypeOnOneSignature() {
    FunctionSignature s = BUILT_INS.get("ARRAY_MAX").overloads().get(0);
    assertThat(s.resolveReturnType(List.of(SqlTypes.array(SqlTypes.TIME)))).isEqualTo(SqlTypes.TIME);
    assertThatThrownBy(() -> s.resolveReturnType(List.of(STRING)))
        .hasMessage("Function 'ARRAY_MAX' does not accept parameters (STRING). Signature:"
            + " ARRAY_MAX(array ARRAY<T>) => T");
  }

  @Test
  void descriptorsDescribeEveryBuiltIn() {
    List<FunctionDescriptor> all = BUILT_INS.list();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(BUILT_INS.list(FunctionKind.SCALAR)).hasSizeGreaterThanOrEqualTo(125);
    assertThat(BUILT_INS.list(FunctionKind.AGGREGATE)).hasSizeGreaterThanOrEqualTo(17);
    assertThat(BUILT_INS.list(FunctionKind.TABLE)).extracting(FunctionDescriptor::name)
        .containsExactly("CUBE_EXPLODE", "EXPLODE");
    for (FunctionDescriptor d : all) {
      assertThat(d.name()).matches("[A-Z_][A-Z0-9_]*");
      assertThat(d.description()).as(d.name()).isNotBlank();
      assertThat(d.category()).as(d.name()).isNotBlank();
      assertThat(d.isBuiltIn()).isTrue();
      assertThat(d.overloads()).as(d.name()).isNotEmpty();
    }
    FunctionDescriptor substring = BUILT_INS.get("substring");
    assertThat(substring.kind()).isEqualTo(FunctionKind.SCALAR);
    assertThat(substring.category()).isEqualTo("STRING");
    assertThat(substring.overloads().get(0).parameters()).extracting(ParameterInfo::name)
        .containsExactly("str", "pos");
  }
}
