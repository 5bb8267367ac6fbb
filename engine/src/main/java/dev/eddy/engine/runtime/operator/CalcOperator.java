package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.codegen.RowTransform;
import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;

/**
 * Filter and projection in one pass, running the planner's compiled {@link RowTransform}: a
 * {@code null} result drops the row, anything else is emitted with the input row's kind and
 * rowtime. Stateless, so it passes updates and deletes through unchanged.
 *
 * <p>A row whose expressions throw is reported to the processing log and skipped; the rest of
 * the batch goes on.
 */
public final class CalcOperator implements Operator {

  private final RowTransform transform;
  private OperatorContext context;

  public CalcOperator(RowTransform transform) {
    this.transform = transform;
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
      long rowtime = input.rowtime(i);
      Object[] result;
      try {
        result = transform.apply(row);
      } catch (RuntimeException e) {
        context.reportRowError(kind, row, rowtime, e);
        continue;
      }
      if (result != null) {
        out.collect(kind, result, rowtime);
      }
    }
  }
}
