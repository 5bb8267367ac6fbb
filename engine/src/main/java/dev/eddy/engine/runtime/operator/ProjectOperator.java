package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;

/** Maps every row through a {@link RowProjection}, keeping its kind and rowtime. */
public final class ProjectOperator implements Operator {

  private final RowProjection projection;
  private OperatorContext context;

  public ProjectOperator(RowProjection projection) {
    this.projection = projection;
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
      Object[] projected;
      try {
        projected = projection.apply(row);
      } catch (RuntimeException e) {
        context.reportRowError(kind, row, input.rowtime(i), e);
        continue;
      }
      out.collect(kind, projected, input.rowtime(i));
    }
  }
}
