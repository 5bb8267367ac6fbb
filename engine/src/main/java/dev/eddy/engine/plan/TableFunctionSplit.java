package dev.eddy.engine.plan;

import dev.eddy.engine.function.TableFunctionOperator;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Plans the table functions of a SELECT list (ksqlDB's {@code SELECT k, EXPLODE(arr) AS v}):
 * a projection calling them becomes a projection computing, next to its input's columns, each
 * call's whole list of rows, a {@link FlatMap} turning those lists into rows, and the original
 * projection reading each call's element where the call was. So a call may sit inside any
 * expression ({@code EXPLODE(a)->F1}) and take any expression as argument, and several calls
 * are zipped position by position, as in ksqlDB.
 */
final class TableFunctionSplit {

  private TableFunctionSplit() {}

  static RelNode apply(RelNode plan) {
    return plan.accept(new RelShuttleImpl() {
      @Override public RelNode visit(LogicalProject project) {
        RelNode visited = super.visit(project);
        return visited instanceof LogicalProject p ? split(p) : visited;
      }

      @Override public RelNode visit(LogicalAggregate aggregate) {
        RelNode visited = super.visit(aggregate);
        if (containsFlatMap(visited.getInput(0))) {
          throw new IllegalArgumentException("A table function cannot be an aggregate's argument:"
              + " explode the rows in one query and aggregate them in another.");
        }
        return visited;
      }
    });
  }

  private static RelNode split(LogicalProject project) {
    RelNode input = project.getInput();
    int width = input.getRowType().getFieldCount();
    RexBuilder rex = project.getCluster().getRexBuilder();
    RelDataTypeFactory types = project.getCluster().getTypeFactory();
    List<RexNode> lists = new ArrayList<>();
    RexShuttle toElement = new RexShuttle() {
      @Override public RexNode visitCall(RexCall call) {
        if (!(call.getOperator() instanceof TableFunctionOperator function)) {
          return super.visitCall(call);
        }
        if (call.getOperands().stream().anyMatch(TableFunctionSplit::callsTableFunction)) {
          throw new IllegalArgumentException("The argument of table function " + function.getName()
              + " cannot call another table function.");
        }
        lists.add(rex.makeCall(types.createTypeWithNullability(types.createArrayType(call.getType(), -1), true),
            function.rows(), call.getOperands()));
        return new RexInputRef(width + lists.size() - 1, call.getType());
      }
    };
    List<RexNode> projects = toElement.apply(project.getProjects());
    if (lists.isEmpty()) {
      return project;
    }
    // The lists follow the input columns the projection still reads; nothing else flows on.
    List<Integer> kept = RelOptUtil.InputFinder.bits(projects, null).asList().stream()
        .filter(i -> i < width).toList();
    List<RexNode> lower = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i : kept) {
      lower.add(rex.makeInputRef(input, i));
      names.add(input.getRowType().getFieldNames().get(i));
    }
    lower.addAll(lists);
    for (int i = 0; i < lists.size(); i++) {
      names.add("ROWS_" + i);
    }
    RexShuttle renumber = new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        int i = ref.getIndex();
        return new RexInputRef(i < width ? kept.indexOf(i) : kept.size() + i - width, ref.getType());
      }
    };
    List<RexNode> upper = renumber.apply(projects);
    // When the projection above only selects and renames, the planner drops it with its names:
    // the columns below carry the names it gives them.
    List<String> outputNames = project.getRowType().getFieldNames();
    boolean[] named = new boolean[names.size()];
    for (int i = 0; i < upper.size(); i++) {
      if (upper.get(i) instanceof RexInputRef ref && !named[ref.getIndex()]) {
        names.set(ref.getIndex(), outputNames.get(i));
        named[ref.getIndex()] = true;
      }
    }
    RelNode withLists = LogicalProject.create(input, List.of(), lower,
        SqlValidatorUtil.uniquify(names, false));
    FlatMap flatMap = new FlatMap(project.getCluster(), project.getTraitSet(), withLists, kept.size());
    return LogicalProject.create(flatMap, project.getHints(), upper, project.getRowType());
  }

  private static boolean callsTableFunction(RexNode node) {
    return node instanceof RexCall call && (call.getOperator() instanceof TableFunctionOperator
        || call.getOperands().stream().anyMatch(TableFunctionSplit::callsTableFunction));
  }

  private static boolean containsFlatMap(RelNode node) {
    return node instanceof FlatMap || node.getInputs().stream().anyMatch(TableFunctionSplit::containsFlatMap);
  }
}
