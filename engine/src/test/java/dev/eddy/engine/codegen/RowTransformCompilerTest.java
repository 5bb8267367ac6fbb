package dev.eddy.engine.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class RowTransformCompilerTest {

  private final JavaTypeFactory types = new JavaTypeFactoryImpl();
  private final RexBuilder rex = new RexBuilder(types);
  private final RelDataType input = types.builder()
      .add("ID", types.createTypeWithNullability(types.createSqlType(SqlTypeName.INTEGER), true))
      .add("NAME", types.createTypeWithNullability(types.createSqlType(SqlTypeName.VARCHAR), true))
      .add("AMOUNT", types.createTypeWithNullability(types.createSqlType(SqlTypeName.DOUBLE), true))
      .build();

  private RexNode field(int index) {
    return rex.makeInputRef(input.getFieldList().get(index).getType(), index);
  }

  /** SELECT ID, AMOUNT * 2, UPPER(NAME) WHERE AMOUNT > 10 */
  private RowTransform filterAndProject() {
    RexProgramBuilder program = new RexProgramBuilder(input, rex);
    RexNode amount = field(2);
    program.addCondition(rex.makeCall(SqlStdOperatorTable.GREATER_THAN, amount, rex.makeExactLiteral(java.math.BigDecimal.TEN)));
    program.addProject(field(0), "ID");
    program.addProject(rex.makeCall(SqlStdOperatorTable.MULTIPLY, amount, rex.makeApproxLiteral(java.math.BigDecimal.valueOf(2))), "DOUBLED");
    program.addProject(rex.makeCall(SqlStdOperatorTable.UPPER, field(1)), "UPPER_NAME");
    return new RowTransformCompiler(types).compile(program.getProgram(), DataContexts.of(Map.of()));
  }

  @Test
  void projectsRowsThatPassTheConditionAndDropsTheRest() {
    RowTransform transform = filterAndProject();

    assertThat(transform.apply(new Object[] {1, "ann", 12.5})).containsExactly(1, 25.0, "ANN");
    assertThat(transform.apply(new Object[] {2, "bob", 3.0})).isNull();
  }

  @Test
  void nullsFollowSqlSemantics() {
    RowTransform transform = filterAndProject();

    assertThat(transform.apply(new Object[] {3, "cy", null})).as("NULL > 10 is unknown").isNull();
    assertThat(transform.apply(new Object[] {null, null, 11.0})).containsExactly(null, 22.0, null);
  }

  @Test
  void errorsInExpressionsReachTheCaller() {
    RexProgramBuilder program = new RexProgramBuilder(input, rex);
    program.addProject(rex.makeCall(SqlStdOperatorTable.DIVIDE, field(0), rex.makeExactLiteral(java.math.BigDecimal.ZERO)), "Q");
    RowTransform transform = new RowTransformCompiler(types).compile(program.getProgram(), DataContexts.of(Map.of()));

    assertThatThrownBy(() -> transform.apply(new Object[] {1, "a", 1.0})).isInstanceOf(ArithmeticException.class);
    assertThat(transform.apply(new Object[] {null, "a", 1.0})).containsExactly((Object) null);
  }

  @Test
  void aDecimalLiteralIsBuiltOnceNotEveryRow() {
    RexProgramBuilder program = new RexProgramBuilder(input, rex);
    RexNode rate = rex.makeExactLiteral(new java.math.BigDecimal("0.908"));
    program.addProject(rex.makeCall(SqlStdOperatorTable.MULTIPLY, rate, field(0)), "PRICE");
    RowTransform transform = new RowTransformCompiler(types).compile(program.getProgram(), DataContexts.of(Map.of()));

    assertThat(transform.apply(new Object[] {1000, "a", 1.0})).containsExactly(new java.math.BigDecimal("908.000"));
    assertThat(java.util.Arrays.stream(transform.getClass().getDeclaredFields())
        .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()))
        .map(java.lang.reflect.Field::getType)).containsExactly(java.math.BigDecimal.class);
  }
}
