package dev.eddy.sql.build;

import org.apache.calcite.avatica.util.TimeUnit;

import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlDuration;

/** Reads ksqlDB durations ({@code 10 SECONDS}) and time units (singular and plural alike). */
final class Durations {

  private final StatementText text;

  Durations(StatementText text) {
    this.text = text;
  }

  SqlDuration duration(SqlBaseParser.DurationContext ctx) {
    long amount;
    try {
      amount = Long.parseLong(ctx.INTEGER_VALUE().getText());
    } catch (NumberFormatException e) {
      throw text.error(ctx, "duration too large: " + ctx.getText());
    }
    return new SqlDuration(text.pos(ctx), amount, unit(ctx.timeUnit()));
  }

  /** A duration or null, for optional clauses. */
  SqlDuration durationOrNull(SqlBaseParser.DurationContext ctx) {
    return ctx == null ? null : duration(ctx);
  }

  static TimeUnit unit(SqlBaseParser.TimeUnitContext ctx) {
    switch (ctx.getStart().getType()) {
      case SqlBaseLexer.DAY:
      case SqlBaseLexer.DAYS:
        return TimeUnit.DAY;
      case SqlBaseLexer.HOUR:
      case SqlBaseLexer.HOURS:
        return TimeUnit.HOUR;
      case SqlBaseLexer.MINUTE:
      case SqlBaseLexer.MINUTES:
        return TimeUnit.MINUTE;
      case SqlBaseLexer.SECOND:
      case SqlBaseLexer.SECONDS:
        return TimeUnit.SECOND;
      default:
        return TimeUnit.MILLISECOND;
    }
  }
}
