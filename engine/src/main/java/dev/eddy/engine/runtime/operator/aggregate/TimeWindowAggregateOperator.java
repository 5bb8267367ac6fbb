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
import java.util.List;

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
  private final WindowsByEnd byEnd = new WindowsByEnd();
  /** EMIT FINAL: windows not closed yet, emitted and forgotten as they close. */
  private final WindowsByEnd open = new WindowsByEnd();
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
      byEnd.add(key);
      if (window.emitFinal() && !window.isClosed(key.end(), streamTime)) {
        open.add(key);
      }
    });
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
      byEnd.add(key);
      if (window.emitFinal()) {
        open.add(key);
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
    open.pollWhile(end -> window.isClosed(end, streamTime), key -> {
      Object[] state = store.get(key);
      out.collect(RowKind.INSERT, output(key, state), Accumulators.rowtime(state));
    });
    byEnd.pollWhile(end -> window.isExpired(end, streamTime), store::delete);
  }

  private Object[] output(WindowKey key, Object[] state) {
    return accumulators.output(layout, key.key(), key.start(), key.end(), state);
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
    return byEnd.all();
  }
}
