package dev.eddy.engine.plan;

import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Names unnamed select items as ksqlDB does, before Calcite sees them: a struct field access
 * ({@code s->f}) by its field while the name is free, anything else KSQL_COL_0, KSQL_COL_1, ...
 * in the order met, skipping names the select list already uses. (Calcite would say EXPR$n by
 * position, and its validator offers no hook for it.) Naming twice changes nothing.
 */
public final class SelectAliases {

  private SelectAliases() {}

  public static void apply(SqlSelect select) {
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
      String alias = fieldName(item);
      if (alias == null || used.contains(alias)) {
        do {
          alias = "KSQL_COL_" + next++;
        } while (used.contains(alias));
      }
      used.add(alias);
      SqlParserPos pos = item.getParserPosition();
      items.set(i, SqlStdOperatorTable.AS.createCall(pos, item, new SqlIdentifier(alias, pos)));
    }
  }

  private static String fieldName(SqlNode item) {
    if (item.getKind() == SqlKind.DOT && ((SqlCall) item).operand(1) instanceof SqlIdentifier field && !field.isStar()) {
      return field.names.get(field.names.size() - 1);
    }
    return null;
  }

  private static boolean isStar(SqlNode item) {
    return item instanceof SqlIdentifier id && id.isStar();
  }
}
