package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;

/**
 * Keeps the rows a {@link RowPredicate} accepts, with their kind and rowtime. Used where only a
 * condition exists (e.g. a HAVING over an aggregate's output); a WHERE with a projection runs as
 * one {@link CalcOperator}.
 */
public final class FilterOperator implements Operator {

  private final RowPredicate predicate;
  private OperatorContext context;

  public FilterOperator(RowPredicate predicate) {
    this.predicate = predicate;
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKind kind = input.kind(i);
      boolean keep;
      try {
        keep = predicate.test(row);
      } catch (RuntimeException e) {
        context.reportRowError(kind, row, input.rowtime(i), e);
        continue;
      }
      if (keep) {
        out.collect(kind, row, input.rowtime(i));
      }
    }
  }
}
