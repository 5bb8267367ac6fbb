package dev.eddy.engine.plan;

import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A bare time unit argument ({@code TIMESTAMPADD(SECONDS, 5, ts)}) becomes the STRING literal
 * naming the unit ({@code 'SECONDS'}) before validation: the registry's functions take their
 * unit as a STRING, and a unit is no value Calcite could pass them.
 */
final class TimeUnitArguments extends SqlShuttle {

  static SqlNode rewrite(SqlNode query) {
    return query.accept(new TimeUnitArguments());
  }

  @Override
  public SqlNode visit(SqlIntervalQualifier qualifier) {
    return SqlLiteral.createCharString(qualifier.timeUnitRange.startUnit.name() + "S",
        qualifier.getParserPosition());
  }
}
