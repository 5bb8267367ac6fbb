package dev.eddy.engine.plan;

import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Names unnamed select items as ksqlDB does, before Calcite sees them: KSQL_COL_0, KSQL_COL_1,
 * ... in the order met, skipping names the select list already uses. (Calcite would say EXPR$n
 * by position, and its validator offers no hook for it.)
 */
final class SelectAliases {

  private SelectAliases() {}

  static void apply(SqlSelect select) {
    SqlNodeList items = select.getSelectList();
    Set<String> used = new HashSet<>();
    for (SqlNode item : items) {
      String alias = SqlValidatorUtil.alias(item);
      if (alias != null) {
        used.add(alias);
      }
    }
    int next = 0;
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      if (SqlValidatorUtil.alias(item) != null || isStar(item)) {
        continue;
      }
      String alias;
      do {
        alias = "KSQL_COL_" + next++;
      } while (used.contains(alias));
      used.add(alias);
      SqlParserPos pos = item.getParserPosition();
      items.set(i, SqlStdOperatorTable.AS.createCall(pos, item, new SqlIdentifier(alias, pos)));
    }
  }

  private static boolean isStar(SqlNode item) {
    return item instanceof SqlIdentifier id && id.isStar();
  }
}
