package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SelectScope;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * Calcite's validator with ksqlDB's one difference in name resolution: {@code SELECT *} does not
 * expand to the pseudo-columns (ROWTIME, ROWPARTITION, ROWOFFSET), though they can be named.
 */
public final class EddyValidator extends SqlValidatorImpl {

  EddyValidator(SqlOperatorTable operators, SqlValidatorCatalogReader catalogReader,
      RelDataTypeFactory typeFactory, Config config) {
    super(operators, catalogReader, typeFactory, config);
  }

  // Calcite calls this only while expanding a star, once per column it would add.
  @Override protected void addToSelectList(List<SqlNode> list, Set<String> aliases,
      List<Map.Entry<String, RelDataType>> fieldList, SqlNode exp, SelectScope scope,
      boolean includeSystemVars) {
    if (exp instanceof SqlIdentifier id && PseudoColumn.named(id.names.get(id.names.size() - 1)).isPresent()) {
      return;
    }
    super.addToSelectList(list, aliases, fieldList, exp, scope, includeSystemVars);
  }
}
