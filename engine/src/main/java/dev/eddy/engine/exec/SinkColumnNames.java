package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.PseudoColumn;
import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/**
 * The names a persistent query gives its sink's columns, as ksqlDB requires them: each once, and
 * none a pseudo-column's, since the sink is a source like any other and has ROWTIME,
 * WINDOWSTART... already. Checked on the select list as written, before planning adds the
 * window bounds and names the unnamed items (with names no item uses).
 */
final class SinkColumnNames {

  private SinkColumnNames() {}

  static void check(SqlSelect select) {
    boolean join = JoinSelect.reads(select);
    Set<String> names = new HashSet<>();
    for (SqlNode item : select.getSelectList()) {
      if (item.getKind() == SqlKind.AS) {
        SqlIdentifier alias = ((SqlCall) item).operand(1);
        checkUnique(names, alias.getSimple(), alias);
        if (PseudoColumn.isReserved(alias.getSimple())) {
          throw new PositionedException(alias.getParserPosition(), "'" + alias.getSimple() + "' is a pseudo-column"
              + " every stream and table has, so it cannot name a column of the sink; choose another alias.");
        }
      } else if (item instanceof SqlIdentifier id && !id.isStar() && (id.names.size() == 1 || !join)) {
        // A join names a qualified column after its source (L.ROWTIME is L_ROWTIME), so only
        // an unqualified one, or any outside a join, keeps the pseudo-column's name.
        String name = id.names.get(id.names.size() - 1);
        checkUnique(names, name, id);
        if (PseudoColumn.isReserved(name)) {
          throw new PositionedException(id.getParserPosition(), "The sink cannot have a column named " + name
              + ", a pseudo-column every stream and table has: remove it from the projection or give it an alias,"
              + " e.g. " + id + " AS " + name + "_COPY.");
        }
      }
    }
  }

  private static void checkUnique(Set<String> names, String name, SqlNode at) {
    if (!names.add(name)) {
      throw new PositionedException(at.getParserPosition(), "The projection names two columns " + name
          + ": each column of the sink needs its own name. Give one of them another alias.");
    }
  }
}
