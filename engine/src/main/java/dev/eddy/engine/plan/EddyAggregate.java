package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.function.BoundAggregate;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.operator.aggregate.GroupAggregateOperator;
import dev.eddy.engine.runtime.operator.aggregate.GroupLayout;
import dev.eddy.engine.runtime.operator.aggregate.SessionWindowAggregateOperator;
import dev.eddy.engine.runtime.operator.aggregate.TimeWindowAggregateOperator;
import dev.eddy.engine.runtime.window.WindowSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Exchange;
import org.apache.calcite.rel.hint.RelHint;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.NlsString;

/**
 * GROUP BY, with or without a window: one aggregate per group key (and window), kept in the
 * task's state. Its input is partitioned by the group key (see {@link Repartitions}). The
 * window bounds are grouping fields that the operator fills in from each row's event time.
 */
public final class EddyAggregate extends Aggregate implements EddyRel {

  private final WindowSpec window;

  EddyAggregate(RelOptCluster cluster, RelTraitSet traits, RelNode input, ImmutableBitSet groupSet,
      List<AggregateCall> aggCalls, WindowSpec window) {
    super(cluster, traits, List.<RelHint>of(), input, groupSet, null, aggCalls);
    this.window = window;
  }

  /** The window, or null for a plain GROUP BY. */
  public WindowSpec window() {
    return window;
  }

  @Override public Aggregate copy(RelTraitSet traitSet, RelNode input, ImmutableBitSet groupSet,
      List<ImmutableBitSet> groupSets, List<AggregateCall> aggCalls) {
    return new EddyAggregate(getCluster(), traitSet, input, groupSet, aggCalls, window);
  }

  @Override public ChangelogMode changelogMode() {
    return window != null && window.emitFinal() && window.type() != WindowSpec.Type.SESSION
        ? ChangelogMode.insertOnly()
        : ChangelogMode.all();
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).itemIf("window", window, window != null);
  }

  @Override public void translate(PipelineBuilder pipeline) {
    ((EddyRel) getInput()).translate(pipeline);
    GroupLayout layout = layout();
    List<BoundAggregate> calls = bind(pipeline.operators());
    ChangelogMode input = ((EddyRel) getInput()).changelogMode();
    if (input.contains(RowKind.UPDATE_BEFORE) || input.contains(RowKind.DELETE)) {
      for (BoundAggregate call : calls) {
        if (!call.supportsUndo()) {
          throw new IllegalArgumentException(call.name() + " cannot aggregate a table: when a row changes, its old"
              + " value would have to be taken back out, and " + call.name() + " cannot do that.");
        }
      }
    }
    WindowSpec spec = window;
    Supplier<Operator> operator;
    String name;
    if (spec == null) {
      operator = () -> new GroupAggregateOperator(layout, calls);
      name = "Aggregate";
    } else if (spec.type() == WindowSpec.Type.SESSION) {
      operator = () -> new SessionWindowAggregateOperator(layout, calls, spec);
      name = "SessionWindowAggregate";
    } else {
      operator = () -> new TimeWindowAggregateOperator(layout, calls, spec);
      name = "WindowAggregate";
    }
    pipeline.addStateful(name, operator);
  }

  private GroupLayout layout() {
    List<Integer> group = getGroupSet().asList();
    List<Integer> keyColumns = new ArrayList<>();
    List<Integer> keyOutputs = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < group.size(); i++) {
      PseudoColumn pseudo = window == null ? null : KeyOrigins.pseudoColumn(getInput(), group.get(i));
      if (pseudo == PseudoColumn.WINDOWSTART) {
        start = i;
      } else if (pseudo == PseudoColumn.WINDOWEND) {
        end = i;
      } else {
        keyColumns.add(group.get(i));
        keyOutputs.add(i);
      }
    }
    return new GroupLayout(keyColumns.stream().mapToInt(Integer::intValue).toArray(),
        keyOutputs.stream().mapToInt(Integer::intValue).toArray(), start, end, group.size(),
        getRowType().getFieldCount());
  }

  private List<BoundAggregate> bind(EddyOperatorTable operators) {
    List<BoundAggregate> bound = new ArrayList<>();
    for (AggregateCall call : getAggCallList()) {
      int columns = BoundAggregate.columnCount(operators, call, getInput().getRowType());
      List<Object> literals = new ArrayList<>();
      for (int i = columns; i < call.getArgList().size(); i++) {
        literals.add(literal(call.getArgList().get(i), call));
      }
      bound.add(BoundAggregate.bind(operators, call, getInput().getRowType(), literals));
    }
    return bound;
  }

  /**
   * The constant an aggregate's literal argument projects, looked up in the input's programs:
   * through a repartition, the field may pass unchanged through a Calc above the exchange.
   */
  private Object literal(int field, AggregateCall call) {
    RelNode input = getInput();
    int position = field;
    while (true) {
      if (input instanceof org.apache.calcite.plan.volcano.RelSubset subset) {
        input = subset.getBest();
      }
      if (input instanceof Exchange exchange) {
        input = exchange.getInput();
        continue;
      }
      if (!(input instanceof Calc calc)) {
        break;
      }
      RexProgram program = calc.getProgram();
      RexNode expression = program.expandLocalRef(program.getProjectList().get(position));
      if (expression instanceof RexLiteral literal) {
        return javaValue(literal);
      }
      if (!(expression instanceof RexInputRef ref)) {
        break;
      }
      position = ref.getIndex();
      input = calc.getInput();
    }
    throw new IllegalArgumentException("Argument " + (call.getArgList().indexOf(field) + 1) + " of "
        + call.getAggregation().getName() + " must be a literal.");
  }

  private static Object javaValue(RexLiteral literal) {
    if (literal.isNull()) {
      return null;
    }
    Object value = literal.getValue();
    return switch (literal.getType().getSqlTypeName()) {
      case INTEGER, SMALLINT, TINYINT -> ((BigDecimal) value).intValue();
      case BIGINT -> ((BigDecimal) value).longValue();
      case DOUBLE, FLOAT, REAL -> ((BigDecimal) value).doubleValue();
      case DECIMAL -> value;
      case CHAR, VARCHAR -> ((NlsString) value).getValue();
      case BOOLEAN -> value;
      default -> literal.getValue2();
    };
  }
}
