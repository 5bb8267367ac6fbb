package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * The standard window table functions in FROM — {@code TABLE(TUMBLE(TABLE s, DESCRIPTOR(ts),
 * size [, offset]))}, {@code HOP(..., slide, size [, offset])}, {@code SESSION(..., gap)} —
 * planned the way a ksqlDB WINDOW clause is ({@link WindowClause}): the query reads the table
 * itself, its {@code window_start} and {@code window_end} are the WINDOWSTART and WINDOWEND
 * pseudo-columns (epoch milliseconds), and the aggregate assigns the windows. The offset
 * argument aligns windows, e.g. daily windows to a time zone's midnight.
 */
public final class WindowFunctions {

  /** A query's window function: its window, and the event-time column its descriptor names. */
  public record Found(WindowSpec window, String timeColumn, SqlParserPos position) {}

  private WindowFunctions() {}

  /**
   * Rewrites a query reading a window function in FROM and returns its window; null (and the
   * query unchanged) when its FROM is something else.
   */
  public static Found rewrite(SqlStreamingQuery query) {
    SqlSelect select = query.select();
    SqlNode from = select.getFrom();
    SqlIdentifier alias = null;
    if (from != null && from.getKind() == SqlKind.AS) {
      alias = ((SqlCall) from).operand(1);
      from = ((SqlCall) from).operand(0);
    }
    if (from == null || from.getKind() != SqlKind.COLLECTION_TABLE) {
      return null;
    }
    SqlNode call = ((SqlCall) from).operand(0);
    if (!(call instanceof SqlBasicCall function)) {
      return null;
    }
    WindowSpec.Type type = switch (function.getOperator().getName().toUpperCase(Locale.ROOT)) {
      case "TUMBLE" -> WindowSpec.Type.TUMBLING;
      case "HOP" -> WindowSpec.Type.HOPPING;
      case "SESSION" -> WindowSpec.Type.SESSION;
      default -> null;
    };
    if (type == null) {
      return null;
    }
    List<SqlNode> operands = function.getOperandList();
    SqlNode data = operands.get(0);
    if (data.getKind() != SqlKind.EXPLICIT_TABLE) {
      throw new IllegalArgumentException("A window function reads a stream: TABLE name.");
    }
    SqlNode table = ((SqlCall) data).operand(0);
    String timeColumn = ((SqlIdentifier) ((SqlCall) operands.get(1)).operand(0)).getSimple();
    List<Long> intervals = new ArrayList<>();
    for (SqlNode operand : operands.subList(2, operands.size())) {
      if (operand instanceof SqlIntervalLiteral interval) {
        intervals.add(SqlParserUtil.intervalToMillis(interval.getValueAs(SqlIntervalLiteral.IntervalValue.class)));
      }
    }
    boolean emitFinal = query.emit() == EmitMode.FINAL;
    WindowSpec window = switch (type) {
      case TUMBLING -> WindowSpec.of(type, intervals.get(0), null, null, null, offset(intervals, 1), null, emitFinal);
      case HOPPING -> WindowSpec.of(type, intervals.get(1), intervals.get(0), null, null, offset(intervals, 2), null,
          emitFinal);
      case SESSION -> WindowSpec.of(type, intervals.get(intervals.size() - 1), null, null, null, 0, null, emitFinal);
    };
    SqlParserPos pos = from.getParserPosition();
    select.setFrom(alias == null ? table : SqlStdOperatorTable.AS.createCall(pos, table, alias));
    SqlShuttle bounds = new BoundsShuttle();
    List<SqlNode> items = new ArrayList<>();
    for (SqlNode item : select.getSelectList()) {
      if (item instanceof SqlIdentifier id && boundOf(id) != null) {
        items.add(SqlStdOperatorTable.AS.createCall(id.getParserPosition(), item.accept(bounds),
            new SqlIdentifier(id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT), id.getParserPosition())));
      } else {
        items.add(item.accept(bounds));
      }
    }
    select.setSelectList(new SqlNodeList(items, select.getSelectList().getParserPosition()));
    if (select.getGroup() != null) {
      select.setGroupBy((SqlNodeList) select.getGroup().accept(bounds));
    }
    if (select.getHaving() != null) {
      select.setHaving(select.getHaving().accept(bounds));
    }
    if (select.getWhere() != null) {
      select.setWhere(select.getWhere().accept(bounds));
    }
    WindowClause.selectBounds(select, pos);
    return new Found(window, timeColumn, pos);
  }

  private static long offset(List<Long> intervals, int index) {
    return intervals.size() > index ? intervals.get(index) : 0;
  }

  private static PseudoColumn boundOf(SqlIdentifier id) {
    return switch (id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT)) {
      case "window_start" -> PseudoColumn.WINDOWSTART;
      case "window_end" -> PseudoColumn.WINDOWEND;
      default -> null;
    };
  }

  /** window_start and window_end become the WINDOWSTART and WINDOWEND pseudo-columns. */
  private static final class BoundsShuttle extends SqlShuttle {
    @Override
    public SqlNode visit(SqlIdentifier id) {
      PseudoColumn bound = boundOf(id);
      return bound == null ? id : new SqlIdentifier(bound.name(), id.getParserPosition());
    }
  }
}
