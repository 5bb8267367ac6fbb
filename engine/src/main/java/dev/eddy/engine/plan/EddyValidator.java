package dev.eddy.engine.plan;

import static org.apache.calcite.util.Static.RESOURCE;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import dev.eddy.engine.function.EddyOperatorTable;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.runtime.Resources;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SelectScope;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's validator with ksqlDB's name rules: {@code SELECT *} does not expand to the
 * pseudo-columns (ROWTIME, ROWPARTITION, ROWOFFSET), though they can be named; and an unknown
 * column or source is reported with the nearest known names.
 */
public final class EddyValidator extends SqlValidatorImpl {

  private final Catalog catalog;
  /** The sources this statement reads, in the order met, for did-you-mean hints on columns. */
  private final Set<String> sourcesRead = new LinkedHashSet<>();

  EddyValidator(Catalog catalog, SqlOperatorTable operators, SqlValidatorCatalogReader catalogReader,
      RelDataTypeFactory typeFactory, Config config) {
    super(operators, catalogReader, typeFactory, config);
    this.catalog = catalog;
  }

  // Calcite calls this only while expanding a star, once per column it would add.
  @Override protected void addToSelectList(List<SqlNode> list, Set<String> aliases,
      List<Map.Entry<String, RelDataType>> fieldList, SqlNode exp, SelectScope scope,
      boolean includeSystemVars) {
    if (exp instanceof SqlIdentifier id && PseudoColumn.named(lastName(id)).filter(p -> !shownByStar(p)).isPresent()) {
      return;
    }
    super.addToSelectList(list, aliases, fieldList, exp, scope, includeSystemVars);
  }

  /** A windowed table's rows show their window, as ksqlDB shows WINDOWSTART and WINDOWEND. */
  private boolean shownByStar(PseudoColumn column) {
    return (column == PseudoColumn.WINDOWSTART || column == PseudoColumn.WINDOWEND)
        && sourcesRead.stream().anyMatch(s -> catalog.find(s).map(d -> d.isWindowed()).orElse(false));
  }

  /** Eddy's functions explain a wrong call or an unknown name better than Calcite can. */
  @Override public CalciteException handleUnresolvedFunction(SqlCall call, SqlOperator function,
      List<RelDataType> argumentTypes, @Nullable List<String> argumentNames) {
    if (getOperatorTable() instanceof EddyOperatorTable eddyFunctions) {
      Resources.ExInst<SqlValidatorException> error = eddyFunctions.unresolvedFunction(function.getName(), argumentTypes);
      if (error != null) {
        return newValidationError(call, error);
      }
    }
    return super.handleUnresolvedFunction(call, function, argumentTypes, argumentNames);
  }

  @Override protected void validateFrom(SqlNode node, RelDataType targetRowType, SqlValidatorScope scope) {
    if (node.getKind() == SqlKind.IDENTIFIER) {
      sourcesRead.add(lastName((SqlIdentifier) node));
    }
    super.validateFrom(node, targetRowType, scope);
  }

  @Override public CalciteContextException newValidationError(SqlNode node,
      Resources.ExInst<SqlValidatorException> e) {
    if (node instanceof SqlIdentifier id) {
      String name = lastName(id);
      String message = e.ex().getMessage();
      if (message.equals(RESOURCE.columnNotFound(name).ex().getMessage())) {
        return super.newValidationError(node, EddyResource.INSTANCE.columnNotFound(name,
            NearestNames.hint(name, columnsOfSourcesRead())));
      }
      if (message.equals(RESOURCE.objectNotFound(name).ex().getMessage())
          || message.equals(RESOURCE.tableNameNotFound(name).ex().getMessage())) {
        return super.newValidationError(node, EddyResource.INSTANCE.sourceNotFound(name,
            NearestNames.hint(name, catalog.sources().stream().map(SourceDefinition::name).toList())));
      }
    }
    return super.newValidationError(node, e);
  }

  private List<String> columnsOfSourcesRead() {
    List<String> names = new ArrayList<>();
    for (String source : sourcesRead) {
      catalog.find(source).ifPresent(s -> s.columns().stream().map(Column::name).forEach(names::add));
    }
    Arrays.stream(PseudoColumn.values()).map(Enum::name).forEach(names::add);
    return names;
  }

  private static String lastName(SqlIdentifier id) {
    return id.names.get(id.names.size() - 1);
  }
}
