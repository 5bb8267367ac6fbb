package dev.eddy.engine.plan;

import dev.eddy.engine.runtime.window.WindowSpec;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import java.util.List;

/**
 * Turns a query's {@link SqlNode} into Eddy's physical plan: Calcite validates it against the
 * catalog (names, types, error positions), converts it to relational algebra, rewrites it with
 * {@link EddyRules#LOGICAL}, and converts it to {@link EddyRel#CONVENTION}.
 */
public final class QueryPlanner {

  private final Validators validators;
  private final JavaTypeFactory typeFactory;

  public QueryPlanner(Validators validators) {
    this.validators = validators;
    this.typeFactory = validators.typeFactory();
  }

  /** Validates and plans one query; throws Calcite's positioned exceptions for invalid SQL. */
  public PlannedQuery plan(SqlNode query) {
    return plan(query, null);
  }

  /**
   * Validates and plans one query whose aggregate (if any) runs over {@code window}: a query
   * with a ksqlDB WINDOW clause, rewritten by {@link WindowClause#rewrite} first.
   */
  public PlannedQuery plan(SqlNode query, WindowSpec window) {
    return plan(query, window, List.of());
  }

  /**
   * Validates and plans one query with joins: {@code joins} says, for each JOIN of its FROM
   * clause in order, which inputs it has and its window.
   */
  public PlannedQuery plan(SqlNode query, WindowSpec window, List<JoinSpec> joins) {
    if (query instanceof SqlSelect select) {
      DereferenceItems.apply(select, validators);
      SelectAliases.apply(select);
      PseudoTimestampLiterals.apply(select);
    }
    query = TimeUnitArguments.rewrite(CountRows.rewrite(StructConstructor.rewrite(query)));
    EddyValidator validator = validators.create();
    SqlNode validated = validator.validate(query);

    VolcanoPlanner planner = new VolcanoPlanner();
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    RelOptCluster cluster = RelOptCluster.create(planner, new RexBuilder(typeFactory));
    SqlToRelConverter converter = new SqlToRelConverter(
        (rowType, queryString, schemaPath, viewPath) -> {
          throw new UnsupportedOperationException("Eddy has no views");
        },
        validator, validator.getCatalogReader().unwrap(CalciteCatalogReader.class), cluster, StructConstructor.CONVERTLETS,
        SqlToRelConverter.config().withTrimUnusedFields(true).withExpand(false)
            .withHintStrategyTable(JoinHints.STRATEGIES));
    RelRoot relRoot = converter.convertQuery(validated, false, true);
    RelNode logical = Repartitions.insert(JoinHints.attach(rewrite(TableFunctionSplit.apply(relRoot.project())), joins));

    EddyRules.physical(window).forEach(planner::addRule);
    planner.setRoot(planner.changeTraits(logical, logical.getTraitSet().replace(EddyRel.CONVENTION)));
    EddyRel physical = (EddyRel) planner.findBestExp();
    return new PlannedQuery(validated, logical, physical);
  }

  private static RelNode rewrite(RelNode logical) {
    HepProgramBuilder program = new HepProgramBuilder();
    EddyRules.LOGICAL.forEach(program::addRuleInstance);
    HepPlanner hep = new HepPlanner(program.build());
    hep.setRoot(logical);
    return hep.findBestExp();
  }

  /** A planned query: the validated tree, its logical plan, and its physical plan. */
  public record PlannedQuery(SqlNode validated, RelNode logical, EddyRel physical) {

    /** The physical plan as EXPLAIN prints it. */
    public String explain() {
      return RelOptUtil.toString(physical, SqlExplainLevel.EXPPLAN_ATTRIBUTES);
    }
  }
}
