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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * GROUP BY over session windows, merging as Kafka Streams does: a row at time t joins every
 * session of its key that ends at or after {@code t - gap} and starts at or before
 * {@code t + gap}; those sessions and the row become one session spanning them all, whose
 * aggregate is the sessions' aggregates merged plus the row. A session's bounds are its first
 * and last event times, both inclusive.
 *
 * <p>Changes out: each merged-away session is deleted ({@code -D}, a tombstone on the topic),
 * then the new session inserted ({@code +I}) — unless the row starts a session of its own. A row
 * whose merged session ends before stream time minus the grace period is late: dropped, counted
 * and logged. EMIT FINAL emits a session once its end plus the grace period has passed.
 */
public final class SessionWindowAggregateOperator implements Operator {

  private final GroupLayout layout;
  private final List<BoundAggregate> calls;
  private final WindowSpec window;
  private Accumulators accumulators;
  private KeyValueStore<WindowKey, Object[]> store;
  private OperatorContext context;
  /** Each key's sessions by start: the store, indexed for the merge lookup. */
  private final Map<RowKey, TreeMap<Long, WindowKey>> sessions = new HashMap<>();
  /** Every session by end, for retention, and (EMIT FINAL) the ones not emitted yet. */
  private final WindowsByEnd byEnd = new WindowsByEnd();
  private final WindowsByEnd open = new WindowsByEnd();
  private long streamTime = Long.MIN_VALUE;

  public SessionWindowAggregateOperator(GroupLayout layout, List<BoundAggregate> calls, WindowSpec window) {
    this.layout = layout;
    this.calls = List.copyOf(calls);
    this.window = window;
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
    this.accumulators = new Accumulators(calls);
    this.store = context.store("sessions");
    index(); // again in restore, once stream time is known
  }

  private void index() {
    sessions.clear();
    byEnd.clear();
    open.clear();
    store.forEach((key, state) -> track(key));
  }

  private void track(WindowKey session) {
    sessions.computeIfAbsent(session.key(), k -> new TreeMap<>()).put(session.start(), session);
    byEnd.add(session);
    if (window.emitFinal() && !window.isSessionClosed(session.end(), streamTime)) {
      open.add(session);
    }
  }

  private void untrack(WindowKey session) {
    TreeMap<Long, WindowKey> ofKey = sessions.get(session.key());
    if (ofKey != null) {
      ofKey.remove(session.start());
      if (ofKey.isEmpty()) {
        sessions.remove(session.key());
      }
    }
    byEnd.remove(session);
    open.remove(session);
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
      aggregate(key, row, rowtime, out);
      if (streamTime > previousStreamTime) {
        advance(out);
      }
    }
  }

  private void aggregate(RowKey key, Object[] row, long rowtime, Collector out) {
    List<WindowKey> overlapping = overlapping(key, rowtime);
    long start = rowtime;
    long end = rowtime;
    Object[] state = accumulators.initial();
    try {
      for (WindowKey session : overlapping) {
        start = Math.min(start, session.start());
        end = Math.max(end, session.end());
        state = accumulators.merge(state, store.get(session));
      }
      if (window.isSessionClosed(end, streamTime)) {
        context.reportLateRow(RowKind.INSERT, row, rowtime, "Session [" + start + ", " + end
            + "] closed at stream time " + streamTime + " (grace period " + window.grace() + " ms)");
        return;
      }
      state = accumulators.add(state, row, rowtime);
    } catch (RuntimeException e) {
      context.reportRowError(RowKind.INSERT, row, rowtime, e);
      return;
    }
    WindowKey merged = new WindowKey(key, start, end);
    boolean alone = start == rowtime && end == rowtime;
    for (WindowKey session : overlapping) {
      if (alone) {
        break; // the row lands on a session [t, t] of its own: it is updated in place below
      }
      Object[] old = store.get(session);
      store.delete(session);
      untrack(session);
      if (!window.emitFinal()) {
        out.collect(RowKind.DELETE, output(session, old), Accumulators.rowtime(old));
      }
    }
    Object[] before = alone ? store.get(merged) : null;
    store.put(merged, state);
    if (before == null) {
      track(merged);
    }
    if (!window.emitFinal()) {
      if (before == null) {
        out.collect(RowKind.INSERT, output(merged, state), Accumulators.rowtime(state));
      } else {
        out.collect(RowKind.UPDATE_BEFORE, output(merged, before), Accumulators.rowtime(state));
        out.collect(RowKind.UPDATE_AFTER, output(merged, state), Accumulators.rowtime(state));
      }
    }
  }

  /** The key's sessions that a row at {@code time} joins, in start order. */
  private List<WindowKey> overlapping(RowKey key, long time) {
    TreeMap<Long, WindowKey> ofKey = sessions.get(key);
    if (ofKey == null) {
      return List.of();
    }
    List<WindowKey> found = new ArrayList<>();
    NavigableMap<Long, WindowKey> startingEarlyEnough = ofKey.headMap(time + window.size(), true);
    for (WindowKey session : startingEarlyEnough.values()) {
      if (session.end() >= time - window.size()) {
        found.add(session);
      }
    }
    return found;
  }

  private void advance(Collector out) {
    open.pollWhile(end -> window.isSessionClosed(end, streamTime), session -> {
      Object[] state = store.get(session);
      out.collect(RowKind.INSERT, output(session, state), Accumulators.rowtime(state));
    });
    byEnd.pollWhile(end -> window.isExpired(end, streamTime), session -> {
      store.delete(session);
      untrack(session);
    });
  }

  private Object[] output(WindowKey session, Object[] state) {
    return accumulators.output(layout, session.key(), session.start(), session.end(), state);
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
    index();
  }
}
