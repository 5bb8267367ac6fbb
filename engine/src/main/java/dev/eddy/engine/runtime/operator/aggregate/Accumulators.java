package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.function.BoundAggregate;
import dev.eddy.engine.state.RowKey;
import dev.eddy.functions.api.Udaf;
import java.util.List;

/**
 * The aggregate calls of one aggregation, run over a group's state. The state of a group is an
 * {@code Object[]}: the number of rows in it, the largest rowtime seen, then one aggregate per
 * call in the UDAF's Java form — what the operator keeps in its store. Every method returns a
 * new array, since the store may still hold (and later encode) the old one.
 *
 * <p>One instance per task: it holds that task's UDAF instances.
 */
final class Accumulators {

  private static final int COUNT = 0;
  private static final int ROWTIME = 1;
  private static final int FIRST = 2;

  private final List<BoundAggregate> calls;
  private final List<Udaf<Object, Object, Object>> udafs;

  Accumulators(List<BoundAggregate> calls) {
    this.calls = calls;
    this.udafs = calls.stream().map(BoundAggregate::newUdaf).toList();
  }

  int size() {
    return calls.size();
  }

  Object[] initial() {
    Object[] state = new Object[FIRST + calls.size()];
    state[COUNT] = 0L;
    state[ROWTIME] = Long.MIN_VALUE;
    for (int i = 0; i < calls.size(); i++) {
      state[FIRST + i] = udafs.get(i).initialize();
    }
    return state;
  }

  /** {@code state} with {@code row} added. */
  Object[] add(Object[] state, Object[] row, long rowtime) {
    Object[] next = state.clone();
    next[COUNT] = (Long) state[COUNT] + 1;
    next[ROWTIME] = Math.max((Long) state[ROWTIME], rowtime);
    for (int i = 0; i < calls.size(); i++) {
      BoundAggregate call = calls.get(i);
      if (call.accepts(row)) {
        next[FIRST + i] = udafs.get(i).aggregate(call.input(row), state[FIRST + i]);
      }
    }
    return next;
  }

  /** {@code state} with {@code row} taken back out (a retracted table row). */
  Object[] remove(Object[] state, Object[] row, long rowtime) {
    Object[] next = state.clone();
    next[COUNT] = (Long) state[COUNT] - 1;
    next[ROWTIME] = Math.max((Long) state[ROWTIME], rowtime);
    for (int i = 0; i < calls.size(); i++) {
      BoundAggregate call = calls.get(i);
      if (call.accepts(row)) {
        next[FIRST + i] = BoundAggregate.undo(udafs.get(i), call.input(row), state[FIRST + i]);
      }
    }
    return next;
  }

  /** Two groups' states as one, as when session windows merge. */
  Object[] merge(Object[] left, Object[] right) {
    Object[] merged = new Object[left.length];
    merged[COUNT] = (Long) left[COUNT] + (Long) right[COUNT];
    merged[ROWTIME] = Math.max((Long) left[ROWTIME], (Long) right[ROWTIME]);
    for (int i = 0; i < calls.size(); i++) {
      merged[FIRST + i] = udafs.get(i).merge(left[FIRST + i], right[FIRST + i]);
    }
    return merged;
  }

  static long count(Object[] state) {
    return (Long) state[COUNT];
  }

  /** The largest rowtime of the rows aggregated: the rowtime of the group's output. */
  static long rowtime(Object[] state) {
    return (Long) state[ROWTIME];
  }

  /** The output row of a group (and window): its key, window bounds and each call's result. */
  Object[] output(GroupLayout layout, RowKey key, long windowStart, long windowEnd, Object[] state) {
    Object[] out = layout.newOutput(key, windowStart, windowEnd);
    results(state, out, layout.firstAggregateOutput());
    return out;
  }

  /** Writes each call's result into {@code out}, from position {@code offset}. */
  void results(Object[] state, Object[] out, int offset) {
    for (int i = 0; i < calls.size(); i++) {
      out[offset + i] = calls.get(i).result(udafs.get(i), state[FIRST + i]);
    }
  }
}
