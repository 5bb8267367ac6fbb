package dev.eddy.engine.plan;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/** ksqlDB's {@code COUNT()} counts rows, as {@code COUNT(*)} does: rewritten so before validation. */
final class CountRows extends SqlShuttle {

  static SqlNode rewrite(SqlNode query) {
    return query.accept(new CountRows());
  }

  @Override
  public SqlNode visit(SqlCall call) {
    if (call.getOperator().getName().equalsIgnoreCase("COUNT") && call.getOperandList().isEmpty()) {
      return SqlStdOperatorTable.COUNT.createCall(call.getFunctionQuantifier(), call.getParserPosition(),
          SqlIdentifier.star(call.getParserPosition()));
    }
    return super.visit(call);
  }
}
