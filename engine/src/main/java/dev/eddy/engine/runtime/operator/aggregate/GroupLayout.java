package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.state.RowKey;

/**
 * Where an aggregation's values come from and go to: the input columns that form the group key,
 * and the shape of the output row — the group columns in input order (with the window bounds in
 * their places for a windowed aggregation), then one column per aggregate call, as Calcite's
 * Aggregate lays it out.
 *
 * @param keyColumns input positions of the group key (window bounds excluded)
 * @param keyOutputs output positions of those key values, parallel to {@code keyColumns}
 * @param windowStartOutput output position of the window start, or -1
 * @param windowEndOutput output position of the window end, or -1
 * @param firstAggregateOutput output position of the first aggregate call's result
 * @param width the output row's width
 */
public record GroupLayout(int[] keyColumns, int[] keyOutputs, int windowStartOutput, int windowEndOutput,
    int firstAggregateOutput, int width) {

  RowKey key(Object[] row) {
    return RowKey.of(row, keyColumns);
  }

  /** An output row with the key (and window bounds) filled in. */
  Object[] newOutput(RowKey key, long windowStart, long windowEnd) {
    Object[] out = new Object[width];
    for (int i = 0; i < keyOutputs.length; i++) {
      out[keyOutputs[i]] = key.get(i);
    }
    if (windowStartOutput >= 0) {
      out[windowStartOutput] = windowStart;
    }
    if (windowEndOutput >= 0) {
      out[windowEndOutput] = windowEnd;
    }
    return out;
  }
}
