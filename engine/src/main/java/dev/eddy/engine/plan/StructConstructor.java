package dev.eddy.engine.plan;

import dev.eddy.sql.tree.SqlStructConstructor;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.util.NlsString;

/**
 * ksqlDB's {@code STRUCT(a := 1, b := 'x')}. The parser passes each field name as an identifier
 * operand, which Calcite's validator would take for a column; before validation the names become
 * string literals ({@link #rewrite}), the call's type is a struct with those field names, and
 * SqlToRel turns it into Calcite's ROW constructor of that type ({@link #CONVERTLETS}).
 */
final class StructConstructor extends SqlSpecialOperator {

  static final StructConstructor INSTANCE = new StructConstructor();

  /** Calcite's convertlets, with STRUCT(...) converted to a ROW of its named type. */
  static final SqlRexConvertletTable CONVERTLETS = call -> call.getOperator() == INSTANCE
      ? convertlet() : StandardConvertletTable.INSTANCE.get(call);

  private StructConstructor() {
    super("STRUCT", SqlKind.OTHER_FUNCTION, 0, false, ReturnTypes.ARG0, null, null);
  }

  /** Replaces the parser's STRUCT calls in {@code node} by calls of this operator. */
  static SqlNode rewrite(SqlNode node) {
    return node.accept(new SqlShuttle() {
      @Override public SqlNode visit(SqlCall call) {
        SqlCall visited = (SqlCall) super.visit(call);
        if (visited == null || visited.getOperator() != SqlStructConstructor.INSTANCE) {
          return visited;
        }
        List<SqlNode> operands = new ArrayList<>(visited.getOperandList());
        for (int i = 0; i < operands.size(); i += 2) {
          SqlIdentifier name = (SqlIdentifier) operands.get(i);
          operands.set(i, SqlLiteral.createCharString(name.getSimple(), name.getParserPosition()));
        }
        return INSTANCE.createCall(visited.getParserPosition(), operands);
      }
    });
  }

  @Override public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
    List<String> names = new ArrayList<>();
    List<RelDataType> types = new ArrayList<>();
    List<SqlNode> operands = call.getOperandList();
    for (int i = 0; i < operands.size(); i += 2) {
      String name = ((SqlLiteral) operands.get(i)).getValueAs(NlsString.class).getValue();
      if (names.contains(name)) {
        throw validator.newValidationError(operands.get(i), EddyResource.INSTANCE.duplicateStructField(name));
      }
      names.add(name);
      types.add(validator.deriveType(scope, operands.get(i + 1)));
    }
    RelDataType type = validator.getTypeFactory().createStructType(types, names);
    validator.setValidatedNodeType(call, type);
    return type;
  }

  private static SqlRexConvertlet convertlet() {
    return (context, call) -> {
      List<RexNode> values = new ArrayList<>();
      List<SqlNode> operands = call.getOperandList();
      for (int i = 1; i < operands.size(); i += 2) {
        values.add(context.convertExpression(operands.get(i)));
      }
      RelDataType type = context.getValidator().getValidatedNodeType(call);
      return context.getRexBuilder().makeCall(type, SqlStdOperatorTable.ROW, values);
    };
  }
}
