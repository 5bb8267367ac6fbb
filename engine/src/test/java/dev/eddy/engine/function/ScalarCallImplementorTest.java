package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.registry.FunctionRegistry;
import java.sql.Date;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** The exact Java code generated for a call: a direct call, conversions as static calls. */
class ScalarCallImplementorTest {

  /** A user function with a static method and a primitive parameter. */
  @UdfDescription(name = "PLUS_DAYS", description = "A date some days later.")
  public static final class PlusDays {
    @Udf
    public static Date plusDays(Date date, int days) {
      return date == null ? null : new Date(date.getTime() + days * 86_400_000L);
    }
  }

  private final JavaTypeFactoryImpl types = new JavaTypeFactoryImpl();
  private final RexBuilder rex = new RexBuilder(types);
  private final EddyOperatorTable operators = EddyOperatorTable.of(
      FunctionRegistry.builder().addBuiltIns().addClass(PlusDays.class).build());

  private RelDataType nullable(SqlTypeName name) {
    return types.createTypeWithNullability(types.createSqlType(name), true);
  }

  private String generate(String function, List<RexNode> operands, List<Expression> code) {
    ScalarFunctionOperator op = (ScalarFunctionOperator) operators.function(function).orElseThrow();
    RexCall call = (RexCall) rex.makeCall(op, operands);
    return Expressions.toString(new ScalarCallImplementor(op.function(), false).implement(null, call, code));
  }

  @Test
  void aStaticMethodIsCalledInsideTheFailureGuardWithDatesConvertedBothWays() {
    String code = generate("PLUS_DAYS",
        List.of(rex.makeInputRef(nullable(SqlTypeName.DATE), 0), rex.makeInputRef(nullable(SqlTypeName.INTEGER), 1)),
        List.of(Expressions.parameter(Integer.class, "day"), Expressions.parameter(Integer.class, "n")));

    assertThat(code).isEqualTo("dev.eddy.engine.function.JavaValues.fromDate((java.sql.Date) "
        + "dev.eddy.engine.function.FunctionFailures.guard(failures, new org.apache.calcite.linq4j.function.Function1() {\n"
        + "  public Object apply(final Object[] args) {\n"
        + "    return (Object) dev.eddy.engine.function.ScalarCallImplementorTest.PlusDays.plusDays("
        + "(java.sql.Date) args[0], org.apache.calcite.runtime.SqlFunctions.toInt(args[1]));\n"
        + "  }\n"
        + "  public Object apply(final Object args) {\n"
        + "    return apply(\n"
        + "      (Object[]) args);\n"
        + "  }\n"
        + "}\n"
        + ", new Object[] {\n"
        + "  (Object) dev.eddy.engine.function.JavaValues.toDate(day),\n"
        + "  (Object) n.intValue()}))");
  }

  @Test
  void anInstanceMethodIsReachedThroughTheInstanceTableAndVarargsArePacked() {
    Object concat = operators.registry().get("CONCAT").overloads().get(0).method().target();
    int id = FunctionInstances.register(concat);
    String code = generate("CONCAT",
        List.of(rex.makeInputRef(nullable(SqlTypeName.VARCHAR), 0), rex.makeInputRef(nullable(SqlTypeName.VARCHAR), 1)),
        List.of(Expressions.parameter(String.class, "a"), Expressions.parameter(String.class, "b")));

    assertThat(code).isEqualTo("(String) "
        + "dev.eddy.engine.function.FunctionFailures.guard(failures, new org.apache.calcite.linq4j.function.Function1() {\n"
        + "  public Object apply(final Object[] args) {\n"
        + "    return (Object) ((dev.eddy.functions.builtin.string.StringFunctions.Concat) "
        + "dev.eddy.engine.function.FunctionInstances.get(" + id + ")).concat((String[]) args[0]);\n"
        + "  }\n"
        + "  public Object apply(final Object args) {\n"
        + "    return apply(\n"
        + "      (Object[]) args);\n"
        + "  }\n"
        + "}\n"
        + ", new Object[] {\n"
        + "  (Object) new String[] {\n"
        + "    a,\n    b}})");
  }

  @Test
  void integersWidenToTheResolvedParameterTypeAndGenericResultsAreCast() {
    Object greatest = operators.registry().get("GREATEST").overloads().get(0).method().target();
    int id = FunctionInstances.register(greatest);
    String code = generate("GREATEST",
        List.of(rex.makeInputRef(nullable(SqlTypeName.INTEGER), 0), rex.makeInputRef(nullable(SqlTypeName.BIGINT), 1)),
        List.of(Expressions.parameter(Integer.class, "i"), Expressions.parameter(Long.class, "l")));

    assertThat(code).isEqualTo("(Long) (Comparable) "
        + "dev.eddy.engine.function.FunctionFailures.guard(failures, new org.apache.calcite.linq4j.function.Function1() {\n"
        + "  public Object apply(final Object[] args) {\n"
        + "    return (Object) ((dev.eddy.functions.builtin.math.ComparisonFunctions.Greatest) "
        + "dev.eddy.engine.function.FunctionInstances.get(" + id + ")).greatest((Comparable) args[0], "
        + "(Comparable[]) args[1]);\n"
        + "  }\n"
        + "  public Object apply(final Object args) {\n"
        + "    return apply(\n"
        + "      (Object[]) args);\n"
        + "  }\n"
        + "}\n"
        + ", new Object[] {\n"
        + "  (Object) dev.eddy.engine.function.JavaValues.toLong(i),\n"
        + "  (Object) new Comparable[] {\n    l}})");
  }
}
