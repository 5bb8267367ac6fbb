package dev.eddy.engine.plan;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A bare time unit argument of a function call ({@code TIMESTAMPADD(SECONDS, 5, ts)}) becomes
 * the STRING literal naming the unit ({@code 'SECONDS'}) before validation: the registry's
 * functions take their unit as a STRING, and a unit is no value Calcite could pass them.
 * Calcite's own syntax with a unit ({@code CEIL(ts TO DAY)}) is no function call and keeps it.
 */
final class TimeUnitArguments extends SqlShuttle {

  static SqlNode rewrite(SqlNode query) {
    return query.accept(new TimeUnitArguments());
  }

  @Override
  public SqlNode visit(SqlCall call) {
    if (call.getOperator() instanceof SqlUnresolvedFunction) {
      for (int i = 0; i < call.operandCount(); i++) {
        if (call.operand(i) instanceof SqlIntervalQualifier unit) {
          call.setOperand(i, SqlLiteral.createCharString(unit.timeUnitRange.startUnit.name() + "S",
              unit.getParserPosition()));
        }
      }
    }
    return super.visit(call);
  }
}
