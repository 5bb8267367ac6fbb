package dev.eddy.sql.build;

import java.util.List;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlDuration;
import dev.eddy.sql.tree.SqlKsqlWindow;
import dev.eddy.sql.tree.WindowType;

/**
 * Builds a ksqlDB WINDOW clause, and ({@link #tableFunction}) the standard window table function
 * call that replaces the query's FROM: ksqlDB windows on ROWTIME, the event time, so the
 * descriptor is always {@code DESCRIPTOR(ROWTIME)} (the engine maps it to the TIMESTAMP column
 * when the source declares one).
 */
final class WindowBuilder extends SqlBaseBaseVisitor<SqlKsqlWindow> {

  private final StatementText text;
  private final Durations durations;
  private final SqlNode source;

  /** @param source the FROM relation the window applies to */
  WindowBuilder(StatementText text, Durations durations, SqlNode source) {
    this.text = text;
    this.durations = durations;
    this.source = source;
  }

  @Override
  public SqlKsqlWindow visitTumblingWindow(SqlBaseParser.TumblingWindowContext ctx) {
    return new SqlKsqlWindow(text.pos(ctx), WindowType.TUMBLING, durations.duration(ctx.size), null,
        retention(ctx.retention()), grace(ctx.gracePeriod()), timeZone(ctx.windowTimeZone()), source);
  }

  @Override
  public SqlKsqlWindow visitHoppingWindow(SqlBaseParser.HoppingWindowContext ctx) {
    return new SqlKsqlWindow(text.pos(ctx), WindowType.HOPPING, durations.duration(ctx.size),
        durations.duration(ctx.advance), retention(ctx.retention()), grace(ctx.gracePeriod()),
        timeZone(ctx.windowTimeZone()), source);
  }

  @Override
  public SqlKsqlWindow visitSessionWindow(SqlBaseParser.SessionWindowContext ctx) {
    return new SqlKsqlWindow(text.pos(ctx), WindowType.SESSION, durations.duration(ctx.gap), null,
        retention(ctx.retention()), grace(ctx.gracePeriod()), source);
  }

  private SqlDuration retention(SqlBaseParser.RetentionContext ctx) {
    return ctx == null ? null : durations.duration(ctx.duration());
  }

  private SqlLiteral timeZone(SqlBaseParser.WindowTimeZoneContext ctx) {
    if (ctx == null) {
      return null;
    }
    String zone = Names.unquote(ctx.zone.getText(), "'");
    try {
      java.time.ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw text.error(ctx.zone, "Unknown time zone '" + zone + "': use a region such as 'Europe/Berlin' or an offset such as '+05:30'");
    }
    return SqlLiteral.createCharString(zone, text.pos(ctx.zone));
  }

  private SqlDuration grace(SqlBaseParser.GracePeriodContext ctx) {
    return ctx == null ? null : durations.duration(ctx.duration());
  }

  /**
   * {@code TABLE(TUMBLE(TABLE s, DESCRIPTOR(ROWTIME), size)) AS alias}, HOP with (advance, size)
   * in Calcite's operand order, SESSION with the gap. The alias is the relation's own, or the
   * source name when it had none, so {@code s.col} still resolves; a join has no single name
   * and becomes the data operand as {@code (SELECT * FROM join)}, unaliased.
   */
  static SqlNode tableFunction(SqlKsqlWindow window) {
    SqlParserPos pos = window.getParserPosition();
    SqlNode relation = window.source();
    SqlIdentifier alias = null;
    if (relation.getKind() == SqlKind.AS) {
      alias = ((SqlCall) relation).operand(1);
      relation = ((SqlCall) relation).operand(0);
    } else if (relation instanceof SqlIdentifier name) {
      alias = new SqlIdentifier(name.names.get(name.names.size() - 1), name.getParserPosition());
    }
    SqlNode data = relation instanceof SqlIdentifier
        ? SqlStdOperatorTable.EXPLICIT_TABLE.createCall(relation.getParserPosition(), relation)
        : selectAllFrom(relation);
    SqlNode timeColumn = SqlStdOperatorTable.DESCRIPTOR.createCall(pos, new SqlIdentifier("ROWTIME", pos));
    SqlBasicCall call;
    switch (window.type()) {
      case TUMBLING:
        call = (SqlBasicCall) SqlStdOperatorTable.TUMBLE.createCall(pos, data, timeColumn,
            window.size().toInterval());
        break;
      case HOPPING:
        call = (SqlBasicCall) SqlStdOperatorTable.HOP.createCall(pos, data, timeColumn,
            window.advance().toInterval(), window.size().toInterval());
        break;
      default:
        call = (SqlBasicCall) SqlStdOperatorTable.SESSION.createCall(pos, data, timeColumn,
            window.size().toInterval());
    }
    SqlNode table = SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos, call);
    return alias == null ? table : SqlStdOperatorTable.AS.createCall(pos, table, alias);
  }

  /** {@code (SELECT * FROM relation)}: a join as the data operand of a window function. */
  private static SqlNode selectAllFrom(SqlNode relation) {
    SqlParserPos pos = relation.getParserPosition();
    SqlNodeList star = new SqlNodeList(List.of(SqlIdentifier.star(pos)), pos);
    return new SqlSelect(pos, null, star, relation, null, null, null, null, null, null, null, null, null);
  }
}
