package dev.eddy.engine.plan;

import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.runtime.operator.join.JoinLayout;
import dev.eddy.engine.runtime.operator.join.StreamStreamJoinOperator;
import dev.eddy.engine.runtime.operator.join.StreamTableJoinOperator;
import dev.eddy.engine.runtime.operator.join.TableTableJoinOperator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;

/**
 * An equi-join of two inputs partitioned by the join key (the planner repartitions a side that
 * is not), run by one of three operators as {@link JoinSpec#kind()} says: a windowed
 * stream-stream join, a stream-table lookup, or a table-table changelog join.
 */
public final class EddyJoin extends Join implements EddyRel {

  private final JoinSpec spec;

  EddyJoin(RelOptCluster cluster, RelTraitSet traits, RelNode left, RelNode right, RexNode condition,
      JoinRelType joinType, JoinSpec spec) {
    super(cluster, traits, List.of(), left, right, condition, Set.of(), joinType);
    this.spec = spec;
  }

  @Override public Join copy(RelTraitSet traitSet, RexNode condition, RelNode left, RelNode right,
      JoinRelType joinType, boolean semiJoinDone) {
    return new EddyJoin(getCluster(), traitSet, left, right, condition, joinType, spec);
  }

  /** Streams (and stream-table joins) append; a table-table join's rows update and go away. */
  @Override public ChangelogMode changelogMode() {
    return spec.kind() == JoinSpec.Kind.TABLE_TABLE ? ChangelogMode.all() : ChangelogMode.insertOnly();
  }

  @Override public void translate(PipelineBuilder pipeline) {
    JoinInfo info = analyzeCondition();
    if (!info.isEqui()) {
      throw new IllegalArgumentException("A join condition must be equalities between the two sides, joined by AND.");
    }
    PipelineBuilder leftBuilder = pipeline.fork();
    ((EddyRel) getLeft()).translate(leftBuilder);
    PipelineBuilder rightBuilder = pipeline.fork();
    rightBuilder.upsertsSuffice(spec.kind() == JoinSpec.Kind.STREAM_TABLE && readsTableDirectly(getRight()));
    ((EddyRel) getRight()).translate(rightBuilder);
    JoinLayout layout = new JoinLayout(info.leftKeys.toIntArray(), info.rightKeys.toIntArray(),
        getLeft().getRowType().getFieldCount(), getRight().getRowType().getFieldCount(),
        joinType == JoinRelType.LEFT || joinType == JoinRelType.FULL,
        joinType == JoinRelType.RIGHT || joinType == JoinRelType.FULL);
    pipeline.join(leftBuilder.build(getLeft().getRowType(), ((EddyRel) getLeft()).changelogMode()),
        rightBuilder.build(getRight().getRowType(), ((EddyRel) getRight()).changelogMode()),
        operatorName(), operator(layout, info));
  }

  /** Whether {@code input} is the table itself, or only a projection of it (no filter). */
  private static boolean readsTableDirectly(RelNode input) {
    if (input instanceof EddyCalc calc) {
      return calc.getProgram().getCondition() == null && calc.getInput() instanceof EddySourceScan;
    }
    return input instanceof EddySourceScan;
  }

  private String operatorName() {
    return switch (spec.kind()) {
      case STREAM_STREAM -> "StreamStreamJoin";
      case STREAM_TABLE -> "StreamTableJoin";
      case TABLE_TABLE -> "TableTableJoin";
    };
  }

  private Supplier<TwoInputOperator> operator(JoinLayout layout, JoinInfo info) {
    return switch (spec.kind()) {
      case STREAM_STREAM -> () -> new StreamStreamJoinOperator(layout, spec.beforeMs(), spec.afterMs(), spec.graceMs(),
          spec.deferOuter());
      case STREAM_TABLE -> () -> new StreamTableJoinOperator(layout);
      case TABLE_TABLE -> {
        // Rows are told apart by their table's key: the join key, or for a foreign-key join's left
        // side (several rows per join key) the left table's own key.
        int[] leftKey = KeyOrigins.keyFields(getLeft());
        int[] rightKey = KeyOrigins.keyFields(getRight());
        int[] leftIdentity = leftKey == null ? info.leftKeys.toIntArray() : leftKey;
        int[] rightIdentity = rightKey == null ? info.rightKeys.toIntArray() : rightKey;
        if (!Arrays.equals(leftIdentity, info.leftKeys.toIntArray())) {
          yield () -> TableTableJoinOperator.foreignKey(layout, leftIdentity, rightIdentity);
        }
        yield () -> new TableTableJoinOperator(layout, leftIdentity, rightIdentity);
      }
    };
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("kind", spec.kind())
        .itemIf("within", "(" + spec.beforeMs() + " ms, " + spec.afterMs() + " ms) grace " + spec.graceMs() + " ms",
            spec.kind() == JoinSpec.Kind.STREAM_STREAM);
  }
}
