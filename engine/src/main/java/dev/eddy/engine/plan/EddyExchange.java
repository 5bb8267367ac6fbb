package dev.eddy.engine.plan;

import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.operator.RepartitionDedupOperator;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelDistribution;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Exchange;

/**
 * A repartition: rows are written to an internal topic keyed by the distribution's fields and
 * read back by tasks that each own one partition of it, so rows with equal keys meet in one
 * task. Changes keep their kind (the topic carries it in a header).
 */
public final class EddyExchange extends Exchange implements EddyRel {

  EddyExchange(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelDistribution distribution) {
    super(cluster, traits, input, distribution);
  }

  @Override public Exchange copy(RelTraitSet traitSet, RelNode newInput, RelDistribution newDistribution) {
    return new EddyExchange(getCluster(), traitSet, newInput, newDistribution);
  }

  @Override public ChangelogMode changelogMode() {
    return ((EddyRel) getInput()).changelogMode();
  }

  @Override public void translate(PipelineBuilder pipeline) {
    ((EddyRel) getInput()).translate(pipeline);
    List<Integer> keys = getDistribution().getKeys();
    pipeline.repartition(keys.stream().mapToInt(Integer::intValue).toArray(), getRowType(), changelogMode());
    if (Repartitions.carriesSourcePosition(getRowType())) {
      int width = getRowType().getFieldCount();
      pipeline.addRepartitionDedup("RepartitionDedup", () -> new RepartitionDedupOperator(width - 2, width - 1));
    }
  }
}
