package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.function.BoundAggregate;
import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import java.util.List;

/**
 * GROUP BY without a window: one aggregate per group key, kept in a store, and a change out
 * for every row in — {@code +I} for a new group, {@code -U}/{@code +U} for an update, as ksqlDB
 * emits with its cache off. Retracted input ({@code -U}, {@code -D} from a table) is taken back
 * out with the aggregates' {@code undo}; a group whose rows are all retracted stays, with its
 * aggregates of nothing (a count of 0), as in ksqlDB — a HAVING can filter it out.
 *
 * <p>Rows whose group key has a NULL are dropped, as ksqlDB drops them. A row whose aggregate
 * throws is reported to the processing log and skipped.
 */
public final class GroupAggregateOperator implements Operator {

  private final GroupLayout layout;
  private final List<BoundAggregate> calls;
  private Accumulators accumulators;
  private KeyValueStore<RowKey, Object[]> store;
  private OperatorContext context;

  public GroupAggregateOperator(GroupLayout layout, List<BoundAggregate> calls) {
    this.layout = layout;
    this.calls = List.copyOf(calls);
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
    this.accumulators = new Accumulators(calls);
    this.store = context.store("groups");
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKey key = layout.key(row);
      if (key.hasNull()) {
        continue;
      }
      RowKind kind = input.kind(i);
      long rowtime = input.rowtime(i);
      Object[] before = store.get(key);
      Object[] replacement = replacementOf(input, i, key);
      if (before == null && kind.isRetraction()) {
        continue; // nothing to take back: the row never reached this group
      }
      Object[] after;
      try {
        Object[] state = before == null ? accumulators.initial() : before;
        after = kind.isRetraction() ? accumulators.remove(state, row, rowtime) : accumulators.add(state, row, rowtime);
        if (replacement != null) {
          rowtime = input.rowtime(i + 1);
          after = accumulators.add(after, replacement, rowtime);
          i++;
        }
      } catch (RuntimeException e) {
        context.reportRowError(kind, row, rowtime, e);
        continue;
      }
      store.put(key, after);
      // A group's rows carry the largest event time aggregated into it, as in Kafka Streams; the
      // retraction of the old row happens then too (it becomes a tombstone if HAVING drops the group).
      Object[] result = output(key, after);
      if (before == null) {
        out.collect(RowKind.INSERT, result, Accumulators.rowtime(after));
      } else {
        out.collect(RowKind.UPDATE_BEFORE, output(key, before), Accumulators.rowtime(after));
        out.collect(RowKind.UPDATE_AFTER, result, Accumulators.rowtime(after));
      }
    }
  }

  /**
   * The row that replaces row {@code i} within the same group: a table row updated without
   * changing its group arrives as a -U and +U of one key, and counts as one change, as Kafka
   * Streams applies an old and new value in one step; null otherwise.
   */
  private Object[] replacementOf(RowBatch input, int i, RowKey key) {
    if (input.kind(i) != RowKind.UPDATE_BEFORE || i + 1 >= input.size() || input.kind(i + 1) != RowKind.UPDATE_AFTER) {
      return null;
    }
    Object[] next = input.row(i + 1);
    return layout.key(next).equals(key) ? next : null;
  }

  private Object[] output(RowKey key, Object[] state) {
    return accumulators.output(layout, key, 0, 0, state);
  }
}
