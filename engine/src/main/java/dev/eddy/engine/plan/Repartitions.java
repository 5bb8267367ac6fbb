package dev.eddy.engine.plan;

import java.util.List;
import org.apache.calcite.rel.RelDistributions;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalExchange;

/**
 * Puts an exchange (a repartition through an internal topic) under every aggregate whose
 * grouping key is not the key its input is partitioned by, so each task owns a disjoint range
 * of groups — ksqlDB's repartition for GROUP BY on anything but the key.
 */
final class Repartitions {

  private Repartitions() {}

  static RelNode insert(RelNode plan) {
    return plan.accept(new RelShuttleImpl() {
      @Override
      public RelNode visit(LogicalAggregate aggregate) {
        RelNode input = aggregate.getInput().accept(this);
        List<Integer> keys = KeyOrigins.withoutWindowBounds(input, aggregate.getGroupSet().asList());
        if (!KeyOrigins.isPartitionedBy(input, keys)) {
          input = LogicalExchange.create(input, RelDistributions.hash(keys));
        }
        return aggregate.copy(aggregate.getTraitSet(), List.of(input));
      }
    });
  }
}
