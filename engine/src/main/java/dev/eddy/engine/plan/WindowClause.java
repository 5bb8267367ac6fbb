package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SqlKsqlWindow;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A ksqlDB {@code WINDOW} clause, planned as Eddy plans it: the query reads its relation as
 * written, groups by {@code WINDOWSTART} and {@code WINDOWEND} besides its own GROUP BY, and
 * selects both (when it does not already), so the windowed aggregate fills them in and the
 * sink finds the window of each row. Which window the rows fall in is the aggregate's job,
 * given the {@link WindowSpec}; Calcite only sees two more grouping columns.
 */
public final class WindowClause {

  private WindowClause() {}

  /** The query's window, or null without a WINDOW clause. */
  public static WindowSpec spec(SqlStreamingQuery query) {
    SqlKsqlWindow window = query.window();
    if (window == null) {
      return null;
    }
    WindowSpec.Type type = switch (window.type()) {
      case TUMBLING -> WindowSpec.Type.TUMBLING;
      case HOPPING -> WindowSpec.Type.HOPPING;
      case SESSION -> WindowSpec.Type.SESSION;
    };
    return WindowSpec.of(type, window.size().toMillis(),
        window.advance() == null ? null : window.advance().toMillis(),
        window.grace() == null ? null : window.grace().toMillis(),
        window.retention() == null ? null : window.retention().toMillis(),
        0, window.timeZone() == null ? null : ZoneId.of(window.timeZone().getValueAs(String.class)),
        query.emit() == EmitMode.FINAL);
  }

  /**
   * Rewrites the query's SELECT for planning (idempotent: a query planned twice is rewritten
   * once). Throws when the window has nothing to aggregate.
   */
  public static SqlSelect rewrite(SqlStreamingQuery query) {
    SqlSelect select = query.select();
    SqlKsqlWindow window = query.window();
    if (window == null || select.getFrom() == window.source()) {
      return select;
    }
    if (select.getGroup() == null || select.getGroup().isEmpty()) {
      throw new IllegalArgumentException("A WINDOW clause needs a GROUP BY: windows group rows to aggregate them.");
    }
    select.setFrom(window.source());
    SqlParserPos pos = window.getParserPosition();
    List<SqlNode> group = new ArrayList<>(select.getGroup().getList());
    for (PseudoColumn bound : List.of(PseudoColumn.WINDOWSTART, PseudoColumn.WINDOWEND)) {
      group.add(new SqlIdentifier(bound.name(), pos));
    }
    select.setGroupBy(new SqlNodeList(group, select.getGroup().getParserPosition()));
    selectBounds(select, pos);
    return select;
  }

  /** Selects WINDOWSTART and WINDOWEND, unless the query selects them itself: the sink needs them. */
  public static void selectBounds(SqlSelect select, SqlParserPos pos) {
    List<SqlNode> items = new ArrayList<>(select.getSelectList().getList());
    for (PseudoColumn bound : List.of(PseudoColumn.WINDOWSTART, PseudoColumn.WINDOWEND)) {
      if (!selects(items, bound.name())) {
        items.add(new SqlIdentifier(bound.name(), pos));
      }
    }
    select.setSelectList(new SqlNodeList(items, select.getSelectList().getParserPosition()));
  }

  /** Whether an item of the select list is the column {@code name} itself, under a bound's name. */
  private static boolean selects(List<SqlNode> items, String name) {
    for (SqlNode item : items) {
      SqlNode expression = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      String alias = item.getKind() == SqlKind.AS ? ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple() : null;
      if (expression instanceof SqlIdentifier id && id.names.get(id.names.size() - 1).equalsIgnoreCase(name)
          && (alias == null || boundName(alias) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The window bound an output column named {@code name} holds: ksqlDB's WINDOWSTART and
   * WINDOWEND, or the window functions' window_start and window_end; null for other names.
   */
  public static PseudoColumn boundName(String name) {
    return switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "WINDOWSTART", "WINDOW_START" -> PseudoColumn.WINDOWSTART;
      case "WINDOWEND", "WINDOW_END" -> PseudoColumn.WINDOWEND;
      default -> null;
    };
  }
  /** The position of the output column holding {@code bound} (see {@link #boundName}), or -1. */
  public static int boundPosition(List<String> names, PseudoColumn bound) {
    for (int i = 0; i < names.size(); i++) {
      if (boundName(names.get(i)) == bound) {
        return i;
      }
    }
    return -1;
  }

}
