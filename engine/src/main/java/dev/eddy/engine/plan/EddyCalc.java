package dev.eddy.engine.plan;

import dev.eddy.engine.codegen.RowTransform;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.operator.CalcOperator;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rex.RexProgram;

/** A filter and a projection fused into one compiled program, evaluated row by row. */
public final class EddyCalc extends Calc implements EddyRel {

  EddyCalc(RelOptCluster cluster, RelTraitSet traits, RelNode input, RexProgram program) {
    super(cluster, traits, List.of(), input, program);
  }

  @Override public Calc copy(RelTraitSet traitSet, RelNode child, RexProgram program) {
    return new EddyCalc(getCluster(), traitSet, child, program);
  }

  @Override public void translate(PipelineBuilder pipeline) {
    ((EddyRel) getInput()).translate(pipeline);
    RowTransform transform = pipeline.compiler().compile(getProgram(), pipeline.dataContext());
    if (getProgram().getCondition() == null) {
      pipeline.addProjection("Calc", () -> new CalcOperator(transform));
    } else {
      pipeline.add("Calc", () -> new CalcOperator(transform));
    }
  }

  /** A filter drops rows and a projection rewrites them; neither changes their kind. */
  @Override public ChangelogMode changelogMode() {
    return ((EddyRel) getInput()).changelogMode();
  }
}
