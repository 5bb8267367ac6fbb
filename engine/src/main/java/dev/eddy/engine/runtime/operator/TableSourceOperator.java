package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;

/**
 * Turns a table topic's upserts and tombstones into a full changelog by remembering the last
 * row per primary key: an upsert of a new key is {@code +I}, of a known key {@code -U} (the old
 * row) then {@code +U}; a tombstone of a known key is {@code -D} with the old row, of an unknown
 * key nothing. Downstream aggregates need the old row to take it back out.
 */
public final class TableSourceOperator implements Operator {

  private final int[] keyColumns;
  private final int positionColumn;
  private KeyValueStore<RowKey, Object[]> store;

  /**
   * @param keyColumns positions of the primary key columns in the source row
   * @param positionColumn position of ROWPARTITION, followed by ROWOFFSET: a retracted row
   *     takes the position of the record that retracts it, since that record is its cause
   */
  public TableSourceOperator(int[] keyColumns, int positionColumn) {
    this.keyColumns = keyColumns.clone();
    this.positionColumn = positionColumn;
  }

  @Override
  public void open(OperatorContext context) {
    this.store = context.store("rows");
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      long rowtime = input.rowtime(i);
      RowKey key = RowKey.of(row, keyColumns);
      Object[] before = store.get(key);
      if (input.kind(i).isRetraction()) {
        if (before != null) {
          store.delete(key);
          out.collect(RowKind.DELETE, retracted(before, row), rowtime);
        }
        continue;
      }
      store.put(key, row);
      if (before == null) {
        out.collect(RowKind.INSERT, row, rowtime);
      } else {
        out.collect(RowKind.UPDATE_BEFORE, retracted(before, row), rowtime);
        out.collect(RowKind.UPDATE_AFTER, row, rowtime);
      }
    }
  }

  private Object[] retracted(Object[] before, Object[] cause) {
    Object[] row = before.clone();
    row[positionColumn] = cause[positionColumn];
    row[positionColumn + 1] = cause[positionColumn + 1];
    return row;
  }
}
