package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.PseudoColumn;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/**
 * A persistent query's sink is a source like any other, so it has the pseudo-columns (ROWTIME,
 * WINDOWSTART...) already: none of its own columns may take one of their names, as ksqlDB
 * requires. Checked on the select list as written, before planning adds the window bounds.
 */
final class SinkColumnNames {

  private SinkColumnNames() {}

  static void check(SqlSelect select) {
    boolean join = JoinSelect.reads(select);
    for (SqlNode item : select.getSelectList()) {
      if (item.getKind() == SqlKind.AS) {
        SqlIdentifier alias = ((SqlCall) item).operand(1);
        if (PseudoColumn.isReserved(alias.getSimple())) {
          throw new PositionedException(alias.getParserPosition(), "'" + alias.getSimple() + "' is a pseudo-column"
              + " every stream and table has, so it cannot name a column of the sink; choose another alias.");
        }
      } else if (item instanceof SqlIdentifier id && !id.isStar() && (id.names.size() == 1 || !join)) {
        // A join names a qualified column after its source (L.ROWTIME is L_ROWTIME), so only
        // an unqualified one, or any outside a join, keeps the pseudo-column's name.
        String name = id.names.get(id.names.size() - 1);
        if (PseudoColumn.isReserved(name)) {
          throw new PositionedException(id.getParserPosition(), "The sink cannot have a column named " + name
              + ", a pseudo-column every stream and table has: remove it from the projection or give it an alias,"
              + " e.g. " + id + " AS " + name + "_COPY.");
        }
      }
    }
  }
}
