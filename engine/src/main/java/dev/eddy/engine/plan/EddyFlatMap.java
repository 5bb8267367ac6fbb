package dev.eddy.engine.plan;

import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.operator.FlatMapOperator;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;

/** A {@link FlatMap} run by a {@link FlatMapOperator}; it reads a stream and emits one. */
public final class EddyFlatMap extends FlatMap implements EddyRel {

  EddyFlatMap(RelOptCluster cluster, RelTraitSet traits, RelNode input, int firstList) {
    super(cluster, traits, input, firstList);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new EddyFlatMap(getCluster(), traitSet, sole(inputs), firstList());
  }

  @Override public ChangelogMode changelogMode() {
    return ChangelogMode.insertOnly();
  }

  // One changed row of a table would become several rows no key tells apart, so ksqlDB
  // allows table functions on streams only.
  @Override public void translate(PipelineBuilder pipeline) {
    EddyRel input = (EddyRel) getInput();
    if (reads(input, EddyAggregate.class)) {
      throw new IllegalArgumentException("A table function cannot be used in a query that aggregates:"
          + " explode the rows in one query and aggregate them in another.");
    }
    if (!input.changelogMode().equals(ChangelogMode.insertOnly())) {
      throw new IllegalArgumentException("A table function reads a stream, not a table: its rows change,"
          + " and the rows a table function made of them could not be updated. Read the table's"
          + " topic as a stream instead.");
    }
    input.translate(pipeline);
    int firstList = firstList();
    pipeline.add("FlatMap", () -> new FlatMapOperator(firstList));
  }

  private static boolean reads(RelNode node, Class<? extends RelNode> kind) {
    return kind.isInstance(node) || node.getInputs().stream().anyMatch(input -> reads(input, kind));
  }
}
