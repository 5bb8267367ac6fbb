package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** Validation errors of function calls: exact messages, with Calcite's positions. */
class FunctionValidationTest {

  private final FunctionHarness harness = new FunctionHarness();

  private void assertError(String expression, String message) {
    assertThatThrownBy(() -> harness.typeOf(expression))
        .isInstanceOf(CalciteContextException.class)
        .hasMessage(message);
  }

  @Test
  void wrongArgumentTypesListTheSignatures() {
    assertError("UCASE(id)", "From line 1, column 8 to line 1, column 16: "
        + "Function 'UCASE' does not accept (INTEGER). Valid signatures: UCASE(input STRING)");
  }

  @Test
  void aNameCalciteAlsoKnowsGetsKsqlDbOverloadsAndMessages() {
    assertError("SUBSTRING(id, 2)", "From line 1, column 8 to line 1, column 23: "
        + "Function 'SUBSTRING' does not accept (INTEGER, INTEGER). Valid signatures: "
        + "SUBSTRING(str STRING, pos INTEGER), SUBSTRING(bytes BYTES, pos INTEGER), "
        + "SUBSTRING(str STRING, pos INTEGER, length INTEGER), "
        + "SUBSTRING(bytes BYTES, pos INTEGER, length INTEGER)");
  }

  @Test
  void aWrongArgumentCountIsTheSameError() {
    assertError("ARRAY_LENGTH(arr, arr)", "From line 1, column 8 to line 1, column 29: "
        + "Function 'ARRAY_LENGTH' does not accept (ARRAY<INTEGER>, ARRAY<INTEGER>). "
        + "Valid signatures: ARRAY_LENGTH(array ARRAY<T>)");
  }

  @Test
  void widerArgumentsDoNotNarrow() {
    assertError("`ABS`(flag)", "From line 1, column 8 to line 1, column 18: "
        + "Function 'ABS' does not accept (BOOLEAN). Valid signatures: ABS(val INTEGER), "
        + "ABS(val BIGINT), ABS(val DECIMAL), ABS(val DOUBLE)");
  }

  @Test
  void aLiteralParameterRejectsAColumn() {
    assertThatThrownBy(() -> harness.planner.plan(FunctionHarness.parse(
            "SELECT id, TOPK(d, id) FROM T GROUP BY id")))
        .isInstanceOf(CalciteContextException.class)
        .hasMessage("From line 1, column 12 to line 1, column 22: "
            + "Argument 2 of function 'TOPK' must be a literal");
  }

  @Test
  void anUnknownFunctionNamesTheNearestOnes() {
    assertError("UCAS(name)", "From line 1, column 8 to line 1, column 17: "
        + "Function 'UCAS' does not exist. Did you mean 'UCASE'?");
  }

  @Test
  void theTableNamesTheNearestFunctionsOfAnUnknownName() {
    List<RelDataType> oneString = List.of(harness.types.createSqlType(SqlTypeName.VARCHAR));
    assertThat(FunctionHarness.OPERATORS.unresolvedFunction("UCAS", oneString).str())
        .isEqualTo("Function 'UCAS' does not exist. Did you mean 'UCASE'?");
    assertThat(FunctionHarness.OPERATORS.unresolvedFunction("SUBSTRING", oneString).str())
        .startsWith("Function 'SUBSTRING' does not accept (STRING). Valid signatures: "
            + "SUBSTRING(str STRING, pos INTEGER), ");
    assertThat(FunctionHarness.OPERATORS.unresolvedFunction("CHAR_LENGTH", oneString))
        .as("a standard function keeps Calcite's message").isNull();
  }
}
