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
 * rowtime. Stateless: it passes updates and deletes through, except that an update whose two
 * halves the filter splits becomes a delete or an insert (see {@link #updatePair}).
 *
 * <p>A column whose expression throws is NULL in its row and the failure is reported to the
 * processing log, as ksqlDB does; a row whose filter throws is reported and skipped. The rest of
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
      RowKind kind = input.kind(i);
      if (kind == RowKind.UPDATE_BEFORE && i + 1 < n && input.kind(i + 1) == RowKind.UPDATE_AFTER) {
        updatePair(input, i, out);
        i++;
        continue;
      }
      Object[] result = apply(input, i);
      if (result != null) {
        out.collect(kind, result, input.rowtime(i));
      }
    }
  }

  /**
   * An update whose old row passes the filter and new row does not is a delete; the reverse, an
   * insert. So downstream never sees half an update, and a table sink writes the tombstone a
   * HAVING owes.
   */
  private void updatePair(RowBatch input, int i, Collector out) {
    Object[] before = apply(input, i);
    Object[] after = apply(input, i + 1);
    if (before != null && after != null) {
      out.collect(RowKind.UPDATE_BEFORE, before, input.rowtime(i));
      out.collect(RowKind.UPDATE_AFTER, after, input.rowtime(i + 1));
    } else if (before != null) {
      out.collect(RowKind.DELETE, before, input.rowtime(i + 1));
    } else if (after != null) {
      out.collect(RowKind.INSERT, after, input.rowtime(i + 1));
    }
  }

  /** The row's result, or null when the filter drops it or it fails (then reported). */
  private Object[] apply(RowBatch input, int i) {
    Object[] row = input.row(i);
    try {
      return transform.apply(row, e -> context.reportRowError(input.kind(i), row, input.rowtime(i), e));
    } catch (RuntimeException e) {
      context.reportRowError(input.kind(i), row, input.rowtime(i), e);
      return null;
    }
  }
}
