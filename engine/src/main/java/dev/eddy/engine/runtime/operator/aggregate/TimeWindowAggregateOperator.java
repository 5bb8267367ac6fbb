package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.function.BoundAggregate;
import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.window.WindowSpec;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import dev.eddy.engine.state.WindowKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * GROUP BY over tumbling or hopping windows, as Kafka Streams runs them under ksqlDB: each row
 * joins every window containing its event time, the window being the namespace of the group's
 * state; the operator's stream time is the largest event time it has seen.
 *
 * <p>A row for a window that has closed (stream time at or past its end plus the grace period)
 * is late: dropped, counted and logged to the processing log. With EMIT CHANGES every update is
 * emitted ({@code +I}, then {@code -U}/{@code +U}); with EMIT FINAL nothing is emitted until the
 * window closes, then one {@code +I} per window and key, in order of window end. Windows are
 * removed from the store once past their retention.
 *
 * <p>The store is the truth; the index of windows by end is rebuilt from it on open, and
 * stream time is the operator's snapshot, so a restored task closes the same windows.
 */
public final class TimeWindowAggregateOperator implements Operator {

  private final GroupLayout layout;
  private final List<BoundAggregate> calls;
  private final WindowSpec window;
  private Accumulators accumulators;
  private KeyValueStore<WindowKey, Object[]> store;
  private OperatorContext context;
  /** Every window in the store, by end, to remove them after their retention. */
  private final TreeMap<Long, Set<WindowKey>> byEnd = new TreeMap<>();
  /** EMIT FINAL: windows not closed yet, by end, emitted and forgotten as they close. */
  private final TreeMap<Long, Set<WindowKey>> open = new TreeMap<>();
  private long streamTime = Long.MIN_VALUE;

  public TimeWindowAggregateOperator(GroupLayout layout, List<BoundAggregate> calls, WindowSpec window) {
    this.layout = layout;
    this.calls = List.copyOf(calls);
    this.window = window;
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
    this.accumulators = new Accumulators(calls);
    this.store = context.store("windows");
    index(); // again in restore, once stream time is known
  }

  private void index() {
    store.forEach((key, state) -> {
      add(byEnd, key);
      if (window.emitFinal() && !window.isClosed(key.end(), streamTime)) {
        add(open, key);
      }
    });
  }

  private static void add(TreeMap<Long, Set<WindowKey>> index, WindowKey key) {
    index.computeIfAbsent(key.end(), e -> new LinkedHashSet<>()).add(key);
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKey key = layout.key(row);
      if (key.hasNull()) {
        continue;
      }
      long rowtime = input.rowtime(i);
      long previousStreamTime = streamTime;
      streamTime = Math.max(streamTime, rowtime);
      RowKind kind = input.kind(i);
      window.windowsOf(rowtime, (start, end) -> {
        if (window.isClosed(end, streamTime)) {
          context.reportLateRow(kind, row, rowtime, "Window [" + start + ", " + end + ") closed at stream time "
              + streamTime + " (grace period " + window.grace() + " ms)");
        } else {
          aggregate(new WindowKey(key, start, end), row, rowtime, out);
        }
      });
      if (streamTime > previousStreamTime) {
        advance(out);
      }
    }
  }

  private void aggregate(WindowKey key, Object[] row, long rowtime, Collector out) {
    Object[] before = store.get(key);
    Object[] after;
    try {
      after = accumulators.add(before == null ? accumulators.initial() : before, row, rowtime);
    } catch (RuntimeException e) {
      context.reportRowError(RowKind.INSERT, row, rowtime, e);
      return;
    }
    store.put(key, after);
    if (before == null) {
      add(byEnd, key);
      if (window.emitFinal()) {
        add(open, key);
      }
    }
    if (window.emitFinal()) {
      return;
    }
    if (before == null) {
      out.collect(RowKind.INSERT, output(key, after), Accumulators.rowtime(after));
    } else {
      out.collect(RowKind.UPDATE_BEFORE, output(key, before), Accumulators.rowtime(after));
      out.collect(RowKind.UPDATE_AFTER, output(key, after), Accumulators.rowtime(after));
    }
  }

  /** Stream time moved on: emit the windows that closed (EMIT FINAL), drop the expired ones. */
  private void advance(Collector out) {
    Iterator<Map.Entry<Long, Set<WindowKey>>> closed = open.entrySet().iterator();
    while (closed.hasNext()) {
      Map.Entry<Long, Set<WindowKey>> entry = closed.next();
      if (!window.isClosed(entry.getKey(), streamTime)) {
        break;
      }
      for (WindowKey key : entry.getValue()) {
        Object[] state = store.get(key);
        out.collect(RowKind.INSERT, output(key, state), Accumulators.rowtime(state));
      }
      closed.remove();
    }
    Iterator<Map.Entry<Long, Set<WindowKey>>> expired = byEnd.entrySet().iterator();
    while (expired.hasNext()) {
      Map.Entry<Long, Set<WindowKey>> entry = expired.next();
      if (!window.isExpired(entry.getKey(), streamTime)) {
        break;
      }
      for (WindowKey key : entry.getValue()) {
        store.delete(key);
      }
      expired.remove();
    }
  }

  private Object[] output(WindowKey key, Object[] state) {
    Object[] out = layout.newOutput(key.key(), key.start(), key.end());
    accumulators.results(state, out, layout.firstAggregateOutput());
    return out;
  }

  @Override
  public void onIdleAdvance(long time, Collector out) {
    if (time > streamTime) {
      streamTime = time;
      advance(out);
    }
  }

  @Override
  public byte[] snapshot() {
    return ByteBuffer.allocate(Long.BYTES).putLong(streamTime).array();
  }

  @Override
  public void restore(byte[] snapshot) {
    streamTime = ByteBuffer.wrap(snapshot).getLong();
    byEnd.clear();
    open.clear();
    index();
  }

  /** Windows held, for tests. */
  List<WindowKey> windows() {
    List<WindowKey> all = new ArrayList<>();
    byEnd.values().forEach(all::addAll);
    return all;
  }
}
