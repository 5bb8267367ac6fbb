package dev.eddy.engine.codegen;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * Gives a program's comparisons ksqlDB's meaning before it is compiled. In ksqlDB a comparison
 * ({@code = <> < <= > >=}) with a NULL side is false, never NULL, so {@code NOT (a = b)} holds
 * when {@code a} is NULL; and structs, arrays and maps are equal when their contents are, which
 * Calcite's generated code would judge by reference ({@link ValueEquality}).
 */
final class ComparisonSemantics extends RexShuttle {

  private static final SqlUserDefinedFunction EQUAL = function("VALUE_EQUAL", "equal");
  private static final SqlUserDefinedFunction NOT_EQUAL = function("VALUE_NOT_EQUAL", "notEqual");

  private final RexBuilder rexBuilder;

  private ComparisonSemantics(RexBuilder rexBuilder) {
    this.rexBuilder = rexBuilder;
  }

  static RexProgram apply(RexProgram program, RexBuilder rexBuilder) {
    ComparisonSemantics shuttle = new ComparisonSemantics(rexBuilder);
    NullabilityCasts casts = new NullabilityCasts(rexBuilder);
    List<RexNode> projects = casts.apply(shuttle.apply(program.expandList(program.getProjectList())));
    RexNode condition = program.getCondition() == null ? null
        : program.expandLocalRef(program.getCondition()).accept(shuttle).accept(casts);
    return RexProgram.create(program.getInputRowType(), projects, condition,
        program.getOutputRowType(), rexBuilder);
  }

  @Override public RexNode visitCall(RexCall call) {
    RexCall visited = (RexCall) super.visitCall(call);
    if (!visited.isA(SqlKind.COMPARISON) || visited.getOperands().size() != 2) {
      return visited;
    }
    if (isCollection(visited.getOperands().get(0).getType())
        || isCollection(visited.getOperands().get(1).getType())) {
      if (visited.getKind() == SqlKind.EQUALS || visited.getKind() == SqlKind.NOT_EQUALS) {
        SqlUserDefinedFunction compare = visited.getKind() == SqlKind.EQUALS ? EQUAL : NOT_EQUAL;
        return rexBuilder.makeCall(visited.getType(), compare, visited.getOperands());
      }
      return visited;
    }
    if (!visited.getType().isNullable()) {
      return visited;
    }
    return rexBuilder.makeCall(visited.getType(), SqlStdOperatorTable.IS_TRUE, List.of(visited));
  }

  private static boolean isCollection(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    return name == SqlTypeName.ROW || name == SqlTypeName.ARRAY || name == SqlTypeName.MAP
        || name == SqlTypeName.MULTISET;
  }

  private static SqlUserDefinedFunction function(String name, String method) {
    return new SqlUserDefinedFunction(new SqlIdentifier(name, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
        ReturnTypes.BOOLEAN, null, null, ScalarFunctionImpl.create(ValueEquality.class, method));
  }
}
