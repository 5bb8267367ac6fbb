package dev.eddy.engine.plan;

import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.logical.LogicalExchange;
import org.apache.calcite.rel.logical.LogicalJoin;
import dev.eddy.engine.runtime.window.WindowSpec;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.rules.CoreRules;

/** The rules that turn a logical plan into Eddy's physical plan, registered once. */
public final class EddyRules {

  private EddyRules() {}

  /**
   * Logical rewrites, applied before conversion: join keys computed below the join (so a join on
   * {@code ABS(a.x)} joins on a column), filters and projections fused into calcs.
   */
  public static final List<RelOptRule> LOGICAL = List.of(
      CoreRules.JOIN_PUSH_EXPRESSIONS,
      CoreRules.FILTER_MERGE,
      CoreRules.PROJECT_MERGE,
      CoreRules.PROJECT_REMOVE,
      CoreRules.FILTER_REDUCE_EXPRESSIONS,
      CoreRules.PROJECT_REDUCE_EXPRESSIONS,
      CoreRules.FILTER_TO_CALC,
      CoreRules.PROJECT_TO_CALC,
      CoreRules.CALC_MERGE,
      CoreRules.CALC_REMOVE);

  public static final RelOptRule SOURCE_SCAN = ConverterRule.Config.INSTANCE
      .withConversion(LogicalTableScan.class, Convention.NONE, EddyRel.CONVENTION, "EddySourceScanRule")
      .withRuleFactory(SourceScanRule::new)
      .toRule(SourceScanRule.class);

  public static final RelOptRule CALC = ConverterRule.Config.INSTANCE
      .withConversion(LogicalCalc.class, Convention.NONE, EddyRel.CONVENTION, "EddyCalcRule")
      .withRuleFactory(CalcRule::new)
      .toRule(CalcRule.class);

  public static final RelOptRule EXCHANGE = ConverterRule.Config.INSTANCE
      .withConversion(LogicalExchange.class, Convention.NONE, EddyRel.CONVENTION, "EddyExchangeRule")
      .withRuleFactory(ExchangeRule::new)
      .toRule(ExchangeRule.class);

  public static final RelOptRule JOIN = ConverterRule.Config.INSTANCE
      .withConversion(LogicalJoin.class, Convention.NONE, EddyRel.CONVENTION, "EddyJoinRule")
      .withRuleFactory(JoinRule::new)
      .toRule(JoinRule.class);

  public static final RelOptRule FLAT_MAP = ConverterRule.Config.INSTANCE
      .withConversion(FlatMap.class, Convention.NONE, EddyRel.CONVENTION, "EddyFlatMapRule")
      .withRuleFactory(FlatMapRule::new)
      .toRule(FlatMapRule.class);

  /** Conversions from the logical convention to Eddy's; aggregates need the query's window. */
  public static List<RelOptRule> physical(WindowSpec window) {
    return List.of(SOURCE_SCAN, CALC, EXCHANGE, JOIN, FLAT_MAP, aggregate(window));
  }

  static final class FlatMapRule extends ConverterRule {
    FlatMapRule(Config config) {
      super(config);
    }

    @Override public RelNode convert(RelNode rel) {
      FlatMap flatMap = (FlatMap) rel;
      RelNode input = convert(flatMap.getInput(), flatMap.getInput().getTraitSet().replace(EddyRel.CONVENTION));
      return new EddyFlatMap(flatMap.getCluster(), flatMap.getTraitSet().replace(EddyRel.CONVENTION), input,
          flatMap.firstList());
    }
  }

  static final class JoinRule extends ConverterRule {
    JoinRule(Config config) {
      super(config);
    }

    @Override public RelNode convert(RelNode rel) {
      LogicalJoin join = (LogicalJoin) rel;
      RelNode left = convert(join.getLeft(), join.getLeft().getTraitSet().replace(EddyRel.CONVENTION));
      RelNode right = convert(join.getRight(), join.getRight().getTraitSet().replace(EddyRel.CONVENTION));
      return new EddyJoin(join.getCluster(), join.getTraitSet().replace(EddyRel.CONVENTION), left, right,
          join.getCondition(), join.getJoinType(), JoinHints.spec(join));
    }
  }

  /** The aggregate conversion of a query with {@code window} (null for none). */
  static RelOptRule aggregate(WindowSpec window) {
    return ConverterRule.Config.INSTANCE
        .withConversion(LogicalAggregate.class, Convention.NONE, EddyRel.CONVENTION, "EddyAggregateRule")
        .withRuleFactory(config -> new AggregateRule(config, window))
        .toRule(AggregateRule.class);
  }

  static final class AggregateRule extends ConverterRule {
    private final WindowSpec window;

    AggregateRule(Config config, WindowSpec window) {
      super(config);
      this.window = window;
    }

    @Override public RelNode convert(RelNode rel) {
      LogicalAggregate aggregate = (LogicalAggregate) rel;
      RelNode input = convert(aggregate.getInput(), aggregate.getInput().getTraitSet().replace(EddyRel.CONVENTION));
      return new EddyAggregate(aggregate.getCluster(), aggregate.getTraitSet().replace(EddyRel.CONVENTION), input,
          aggregate.getGroupSet(), aggregate.getAggCallList(), window);
    }
  }

  static final class ExchangeRule extends ConverterRule {
    ExchangeRule(Config config) {
      super(config);
    }

    @Override public RelNode convert(RelNode rel) {
      LogicalExchange exchange = (LogicalExchange) rel;
      RelNode input = convert(exchange.getInput(), exchange.getInput().getTraitSet().replace(EddyRel.CONVENTION));
      return new EddyExchange(exchange.getCluster(), exchange.getTraitSet().replace(EddyRel.CONVENTION), input,
          exchange.getDistribution());
    }
  }

  static final class SourceScanRule extends ConverterRule {
    SourceScanRule(Config config) {
      super(config);
    }

    @Override public RelNode convert(RelNode rel) {
      LogicalTableScan scan = (LogicalTableScan) rel;
      return new EddySourceScan(scan.getCluster(), scan.getTraitSet().replace(EddyRel.CONVENTION), scan.getTable());
    }
  }

  static final class CalcRule extends ConverterRule {
    CalcRule(Config config) {
      super(config);
    }

    @Override public RelNode convert(RelNode rel) {
      LogicalCalc calc = (LogicalCalc) rel;
      RelNode input = convert(calc.getInput(), calc.getInput().getTraitSet().replace(EddyRel.CONVENTION));
      return new EddyCalc(calc.getCluster(), calc.getTraitSet().replace(EddyRel.CONVENTION), input, calc.getProgram());
    }
  }
}
