package dev.eddy.engine.runtime.sink;

import dev.eddy.engine.runtime.RowFormatter;
import dev.eddy.engine.runtime.RowKind;

/**
 * One row of a push query's result, in Calcite's internal representation.
 *
 * @param kind the change ({@code +I} for streams; tables also send {@code -U}/{@code +U}/{@code -D})
 * @param values the output columns
 * @param rowtime the row's event time, epoch ms
 */
public record ResultRow(RowKind kind, Object[] values, long rowtime) {

  @Override
  public String toString() {
    return RowFormatter.format(kind, values, rowtime);
  }
}
