package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import dev.eddy.engine.state.WindowKey;

/**
 * Keeps the current row of each key of a table a query writes, so pull queries can read it,
 * and passes every row on unchanged. The key is the sink's key columns, with the window bounds
 * for a windowed table. A delete, or an update-before not followed by its update-after (a
 * HAVING that now filters the group out), removes the key, as the sink's tombstone does. Each
 * stored value is the row followed by its rowtime.
 */
public final class MaterializeOperator implements Operator {

  /** The store pull queries read, under this name in each task of the query. */
  public static final String STORE = "table";

  private final int[] keyColumns;
  private final int windowStart;
  private final int windowEnd;
  private KeyValueStore<Object, Object[]> store;

  /**
   * @param keyColumns positions of the key columns in the rows
   * @param windowStart position of the window start, or -1 for an unwindowed table
   * @param windowEnd position of the window end, or -1
   */
  public MaterializeOperator(int[] keyColumns, int windowStart, int windowEnd) {
    this.keyColumns = keyColumns.clone();
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void open(OperatorContext context) {
    this.store = context.store(STORE);
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKind kind = input.kind(i);
      Object key = key(row);
      if (kind.isRetraction()) {
        store.delete(key);
      } else {
        store.put(key, withRowtime(row, input.rowtime(i)));
      }
      out.collect(kind, row, input.rowtime(i));
    }
  }

  /** The stored value: the row with its rowtime after its last column. */
  private static Object[] withRowtime(Object[] row, long rowtime) {
    Object[] stored = java.util.Arrays.copyOf(row, row.length + 1);
    stored[row.length] = rowtime;
    return stored;
  }

  private Object key(Object[] row) {
    RowKey key = RowKey.of(row, keyColumns);
    return windowStart < 0 ? key : new WindowKey(key, (Long) row[windowStart], (Long) row[windowEnd]);
  }
}
