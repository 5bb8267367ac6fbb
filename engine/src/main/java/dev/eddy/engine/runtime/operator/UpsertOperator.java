package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;

/**
 * Shows a table's changes to a client as upserts: drops each update-before, since the
 * update-after that follows it replaces the row anyway. Comes before a push query's LIMIT, so
 * the limit counts rows the client sees.
 */
public final class UpsertOperator implements Operator {

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      if (input.kind(i) != RowKind.UPDATE_BEFORE) {
        out.collect(input.kind(i), input.row(i), input.rowtime(i));
      }
    }
  }
}
