package dev.eddy.engine.plan;

import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.hint.HintPredicates;
import org.apache.calcite.rel.hint.HintStrategyTable;
import org.apache.calcite.rel.hint.RelHint;
import org.apache.calcite.rel.logical.LogicalJoin;

/**
 * Carries each join's {@link JoinSpec} from the statement to the physical join as a hint on the
 * logical join, since Calcite's join has no place for a window and its nodes are copied as they
 * are planned (hints are copied with them). Joins are numbered as the statement's JOIN keywords
 * are: a FROM clause's joins nest to the left, so the innermost comes first.
 */
final class JoinHints {

  private static final String HINT = "EDDY_JOIN";

  /** The hint strategies a planning cluster needs so Calcite accepts the hint on joins. */
  static final HintStrategyTable STRATEGIES = HintStrategyTable.builder()
      .hintStrategy(HINT, HintPredicates.JOIN)
      .build();

  private JoinHints() {}

  /** {@code plan} with {@code specs.get(i)} on its i-th join, in nesting order. */
  static RelNode attach(RelNode plan, List<JoinSpec> specs) {
    int[] next = new int[1];
    RelNode hinted = plan.accept(new RelShuttleImpl() {
      @Override
      public RelNode visit(LogicalJoin join) {
        LogicalJoin visited = (LogicalJoin) super.visit(join);
        int ordinal = next[0]++;
        if (ordinal >= specs.size()) {
          throw new IllegalStateException("The plan has more joins than the statement: " + specs.size());
        }
        JoinSpec spec = specs.get(ordinal);
        return visited.withHints(List.of(RelHint.builder(HINT)
            .hintOption("kind", spec.kind().name())
            .hintOption("before", Long.toString(spec.beforeMs()))
            .hintOption("after", Long.toString(spec.afterMs()))
            .hintOption("grace", Long.toString(spec.graceMs()))
            .hintOption("defer", Boolean.toString(spec.deferOuter()))
            .build()));
      }
    });
    return hinted;
  }

  /** The spec attached to {@code join}. */
  static JoinSpec spec(Join join) {
    for (RelHint hint : join.getHints()) {
      if (hint.hintName.equals(HINT)) {
        Map<String, String> options = hint.kvOptions;
        return new JoinSpec(JoinSpec.Kind.valueOf(options.get("kind")), Long.parseLong(options.get("before")),
            Long.parseLong(options.get("after")), Long.parseLong(options.get("grace")),
            Boolean.parseBoolean(options.get("defer")));
      }
    }
    throw new IllegalStateException("A join reached planning without its spec: " + join);
  }
}
