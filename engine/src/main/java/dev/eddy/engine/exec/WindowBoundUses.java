package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * Where a windowed aggregation may name WINDOWSTART and WINDOWEND: only in its projection, outside
 * aggregate calls, as ksqlDB allows. A window's bounds are known once its rows are grouped, so
 * they cannot group rows (GROUP BY), feed an aggregate, or filter the groups (HAVING). Checked on
 * the query as written, before planning adds the bounds to the GROUP BY itself.
 */
final class WindowBoundUses {

  private final SqlOperatorTable operators;

  WindowBoundUses(SqlOperatorTable operators) {
    this.operators = operators;
  }

  void check(SqlStreamingQuery query) {
    if (query.window() == null) {
      return;
    }
    SqlSelect select = query.select();
    if (select.getGroup() != null) {
      refuseAnyIn(select.getGroup(), "GROUP BY");
    }
    if (select.getHaving() != null) {
      refuseAnyIn(select.getHaving(), "HAVING");
    }
    for (SqlNode item : select.getSelectList()) {
      for (SqlCall aggregate : aggregateCalls(item)) {
        refuseAnyIn(aggregate, "an aggregate function's arguments");
      }
    }
  }

  private static void refuseAnyIn(SqlNode node, String clause) {
    node.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlIdentifier id) {
        String name = id.names.get(id.names.size() - 1);
        if (name.equals(PseudoColumn.WINDOWSTART.name()) || name.equals(PseudoColumn.WINDOWEND.name())) {
          throw new PositionedException(id.getParserPosition(), name + " is known only once the window's rows are"
              + " grouped, so it cannot be used in " + clause + ": select it, outside any aggregate function.");
        }
        return null;
      }
    });
  }

  private List<SqlCall> aggregateCalls(SqlNode item) {
    List<SqlCall> calls = new ArrayList<>();
    item.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlCall call) {
        if (isAggregate(call)) {
          calls.add(call);
          return null;
        }
        return super.visit(call);
      }
    });
    return calls;
  }

  private boolean isAggregate(SqlCall call) {
    if (call.getOperator().isAggregator()) {
      return true;
    }
    if (call.getOperator().getSyntax() != SqlSyntax.FUNCTION) {
      return false;
    }
    List<SqlOperator> found = new ArrayList<>();
    operators.lookupOperatorOverloads(call.getOperator().getNameAsId(), SqlFunctionCategory.USER_DEFINED_FUNCTION,
        SqlSyntax.FUNCTION, found, SqlNameMatchers.withCaseSensitive(false));
    return found.stream().anyMatch(SqlOperator::isAggregator);
  }
}
