package dev.eddy.engine.plan;

import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.rules.CoreRules;

/** The rules that turn a logical plan into Eddy's physical plan, registered once. */
public final class EddyRules {

  private EddyRules() {}

  /** Logical rewrites, applied before conversion: fuse filters and projections into calcs. */
  public static final List<RelOptRule> LOGICAL = List.of(
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

  /** Conversions from the logical convention to Eddy's. */
  public static final List<RelOptRule> PHYSICAL = List.of(SOURCE_SCAN, CALC);

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
