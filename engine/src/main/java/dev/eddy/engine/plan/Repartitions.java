package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import java.util.List;
import org.apache.calcite.rel.RelDistributions;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.logical.LogicalExchange;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexProgramBuilder;

/**
 * Puts an exchange (a repartition through an internal topic) under every aggregate whose
 * grouping key is not the key its input is partitioned by, so each task owns a disjoint range
 * of groups — ksqlDB's repartition for GROUP BY on anything but the key — and under both
 * inputs of a join when either is not partitioned by its join key, so rows with equal keys meet
 * in one task.
 *
 * <p>Where the input reads a source directly, the rows cross the exchange with their source
 * position ({@link #SOURCE_PARTITION}, {@link #SOURCE_OFFSET}), so the reading stage can drop
 * rows that the writing stage wrote twice — after a crash it resumes from its last commit and
 * writes again what it wrote since. A calc above the exchange drops the two columns again.
 */
final class Repartitions {

  /** The partition of the source row a repartitioned row came from. */
  static final String SOURCE_PARTITION = "$SOURCE_PARTITION";
  /** The offset of the source row a repartitioned row came from. */
  static final String SOURCE_OFFSET = "$SOURCE_OFFSET";

  private Repartitions() {}

  static RelNode insert(RelNode plan) {
    return plan.accept(new RelShuttleImpl() {
      @Override
      public RelNode visit(LogicalAggregate aggregate) {
        RelNode input = aggregate.getInput().accept(this);
        List<Integer> keys = KeyOrigins.withoutWindowBounds(input, aggregate.getGroupSet().asList());
        if (!KeyOrigins.isPartitionedBy(input, keys)) {
          input = exchange(input, keys);
        }
        return aggregate.copy(aggregate.getTraitSet(), List.of(input));
      }

      @Override
      public RelNode visit(LogicalJoin join) {
        RelNode left = join.getLeft().accept(this);
        RelNode right = join.getRight().accept(this);
        JoinInfo info = join.analyzeCondition();
        JoinSpec.Kind kind = JoinHints.spec(join).kind();
        boolean rightKeyed = !repartitions(right) && KeyOrigins.isPartitionedBy(right, info.rightKeys);
        boolean leftKeyed = !repartitions(left) && KeyOrigins.isPartitionedBy(left, info.leftKeys);
        if (!rightKeyed && kind != JoinSpec.Kind.STREAM_STREAM) {
          throw new IllegalArgumentException(notOnKey(join, info.rightKeys.get(0)));
        }
        // A table joined on another column than its key is a foreign-key join: its rows move to
        // the partitions of their foreign key.
        if (!leftKeyed && kind == JoinSpec.Kind.TABLE_TABLE && (join.getJoinType() == JoinRelType.RIGHT
            || join.getJoinType() == JoinRelType.FULL)) {
          throw new IllegalArgumentException("A foreign-key join (the left table joined on another column than"
              + " its key) is INNER or LEFT: " + join.getJoinType() + " is not supported.");
        }
        // Once one side is repartitioned, so is the other, even if keyed already: rows with equal
        // keys then meet through one partitioner, whatever partitioned the topic the other side
        // reads (another producer's, another key format, another partition count).
        if (!rightKeyed || !leftKeyed) {
          left = exchange(left, info.leftKeys);
          right = exchange(right, info.rightKeys);
        }
        return join.copy(join.getTraitSet(), join.getCondition(), left, right, join.getJoinType(), join.isSemiJoinDone());
      }
    });
  }

  /**
   * Whether {@code node} reads through an exchange: its rows then sit in the partitions of the
   * exchange's key, whatever source columns they carry (a foreign-key join's result holds the
   * left table's key, but is partitioned by the foreign key).
   */
  private static boolean repartitions(RelNode node) {
    return node instanceof LogicalExchange || node.getInputs().stream().anyMatch(Repartitions::repartitions);
  }

  /**
   * The right table of a join is met on its primary key, as in ksqlDB (the left one may join on
   * a foreign key): re-keying it by another column would make a key hold several rows.
   */
  private static String notOnKey(LogicalJoin join, int key) {
    return "A table on the right of a join is joined on its PRIMARY KEY: "
        + join.getRight().getRowType().getFieldNames().get(key) + " is not its key.";
  }

  private static RelNode exchange(RelNode input, List<Integer> keys) {
    RelNode positioned = withSourcePosition(input);
    if (positioned == null) {
      return LogicalExchange.create(input, RelDistributions.hash(keys));
    }
    RelNode exchange = LogicalExchange.create(positioned, RelDistributions.hash(keys));
    RexBuilder rex = input.getCluster().getRexBuilder();
    RexProgramBuilder drop = new RexProgramBuilder(exchange.getRowType(), rex);
    for (int i = 0; i < input.getRowType().getFieldCount(); i++) {
      drop.addProject(i, input.getRowType().getFieldNames().get(i));
    }
    return LogicalCalc.create(exchange, drop.getProgram());
  }

  /**
   * {@code input} with the source row's partition and offset as two more columns, or null when
   * the input is not a (calc over a) source scan.
   */
  private static RelNode withSourcePosition(RelNode input) {
    TableScan scan;
    RexProgram program;
    if (input instanceof TableScan s) {
      scan = s;
      program = RexProgram.createIdentity(s.getRowType());
    } else if (input instanceof LogicalCalc calc && calc.getInput() instanceof TableScan s) {
      scan = s;
      program = calc.getProgram();
    } else {
      return null;
    }
    RelDataType scanType = scan.getRowType();
    int partition = scanType.getFieldNames().indexOf(PseudoColumn.ROWPARTITION.name());
    int offset = scanType.getFieldNames().indexOf(PseudoColumn.ROWOFFSET.name());
    RexBuilder rex = input.getCluster().getRexBuilder();
    RexProgramBuilder builder = RexProgramBuilder.forProgram(program, rex, false);
    builder.addProject(rex.makeInputRef(scanType.getFieldList().get(partition).getType(), partition), SOURCE_PARTITION);
    builder.addProject(rex.makeInputRef(scanType.getFieldList().get(offset).getType(), offset), SOURCE_OFFSET);
    return LogicalCalc.create(scan, builder.getProgram());
  }

  /** Whether rows of this type carry their source position (the last two columns). */
  static boolean carriesSourcePosition(RelDataType rowType) {
    List<String> names = rowType.getFieldNames();
    int n = names.size();
    return n >= 2 && names.get(n - 2).equals(SOURCE_PARTITION) && names.get(n - 1).equals(SOURCE_OFFSET);
  }
}
