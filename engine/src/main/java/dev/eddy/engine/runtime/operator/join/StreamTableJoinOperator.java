package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;

/**
 * A stream joined to a table on the table's key, as Kafka Streams' KStream-KTable join: each
 * stream row (left) meets the table's row for its key as of that moment in the task's
 * event-time order, and is emitted joined — or, for a LEFT join, with the table's columns null
 * when the table has no row. Table changes (right) only update the remembered rows; they emit
 * nothing. A stream row with a null key matches nothing.
 */
public final class StreamTableJoinOperator implements TwoInputOperator {

  private final JoinLayout layout;
  private KeyValueStore<RowKey, Object[]> table;

  public StreamTableJoinOperator(JoinLayout layout) {
    if (layout.rightOuter()) {
      throw new IllegalArgumentException("A stream-table join keeps unmatched stream rows only");
    }
    this.layout = layout;
  }

  @Override
  public void open(OperatorContext context) {
    table = context.store("table");
  }

  @Override
  public void process(int side, RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKey key = layout.key(side, row);
      if (side == RIGHT) {
        if (input.kind(i).isRetraction()) {
          table.delete(key); // an update's new row follows its -U
        } else {
          table.put(key, row);
        }
        continue;
      }
      Object[] match = key.hasNull() ? null : table.get(key);
      if (match != null || layout.leftOuter()) {
        out.collect(RowKind.INSERT, layout.joined(LEFT, row, match), input.rowtime(i));
      }
    }
  }
}
