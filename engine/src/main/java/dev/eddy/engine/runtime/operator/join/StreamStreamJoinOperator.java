package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two streams joined within a time window, as Kafka Streams' KStream-KStream join: a row meets
 * every row of the other side with the same key whose event time is at most {@code before}
 * earlier and {@code after} later (mirrored for a right row), and each pair is emitted once, at
 * the later of the two times.
 *
 * <p>Each side's rows are kept for {@code before + after + grace} past that side's own latest
 * event time; a row older than that is not kept (it still meets what the other side kept).
 * Unmatched rows of an outer side go out with the other side's columns null:
 * <ul>
 *   <li>with an explicit grace period ({@code deferOuter}), once the window closes — stream time
 *       (the later of both sides') past the row's time plus its window and the grace — unless
 *       a match came first, as ksqlDB 0.24+ does. A row whose window is already closed when it
 *       arrives goes out at once. Closed rows go out in time order, right before left at one
 *       time, when a row at the current stream time arrives;</li>
 *   <li>without one, at once when no match is kept, as ksqlDB did before (and still does for
 *       {@code WITHIN} without {@code GRACE PERIOD}): a later match is emitted as well.</li>
 * </ul>
 * A row with a null key matches nothing; an outer side emits it at once.
 */
public final class StreamStreamJoinOperator implements TwoInputOperator {

  private static final int TIME = 0;
  private static final int ROW = 1;
  private static final int[] RIGHT_THEN_LEFT = {RIGHT, LEFT};

  private final JoinLayout layout;
  private final long beforeMs;
  private final long afterMs;
  private final long graceMs;
  private final boolean deferOuter;
  private final long retentionMs;
  private final List<KeyValueStore<RowKey, Object[]>> sides = new ArrayList<>(2);
  private final List<TreeMap<Long, Set<RowKey>>> byTime = List.of(new TreeMap<>(), new TreeMap<>());
  private final long[] observed = {Long.MIN_VALUE, Long.MIN_VALUE};
  private KeyValueStore<RowKey, Object[]> unmatched;
  private final TreeMap<Long, Set<RowKey>> unmatchedByTime = new TreeMap<>();
  private long streamTime = Long.MIN_VALUE;

  /**
   * @param beforeMs how much earlier a right row may be than a left row it meets
   * @param afterMs how much later a right row may be than a left row it meets
   * @param graceMs how long past its window a row is still kept (and an outer row waits)
   * @param deferOuter whether unmatched outer rows wait for their window to close
   */
  public StreamStreamJoinOperator(JoinLayout layout, long beforeMs, long afterMs, long graceMs, boolean deferOuter) {
    this.layout = layout;
    this.beforeMs = beforeMs;
    this.afterMs = afterMs;
    this.graceMs = graceMs;
    this.deferOuter = deferOuter && (layout.leftOuter() || layout.rightOuter());
    this.retentionMs = beforeMs + afterMs + graceMs;
  }

  @Override
  public void open(OperatorContext context) {
    sides.add(context.store("left"));
    sides.add(context.store("right"));
    for (int side = 0; side < 2; side++) {
      TreeMap<Long, Set<RowKey>> index = byTime.get(side);
      sides.get(side).forEach((key, entries) -> {
        for (Object entry : entries) {
          index.computeIfAbsent((Long) ((Object[]) entry)[TIME], t -> new LinkedHashSet<>()).add(key);
        }
      });
    }
    if (deferOuter) {
      unmatched = context.store("unmatched");
      unmatched.forEach((key, rows) -> unmatchedByTime.computeIfAbsent((Long) key.get(0), t -> new LinkedHashSet<>())
          .add(key));
    }
  }

  @Override
  public void process(int side, RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      if (input.kind(i) == RowKind.INSERT) {
        process(side, input.row(i), input.rowtime(i), out);
      }
    }
  }

  private void process(int side, Object[] row, long time, Collector out) {
    streamTime = Math.max(streamTime, time);
    RowKey key = layout.key(side, row);
    if (key.hasNull()) {
      if (layout.outer(side)) {
        out.collect(RowKind.INSERT, layout.joined(side, row, null), time);
      }
      return;
    }
    if (deferOuter && time == streamTime) {
      emitClosed(out);
    }
    int other = 1 - side;
    long from = time - (side == LEFT ? beforeMs : afterMs);
    long to = time + (side == LEFT ? afterMs : beforeMs);
    boolean matched = false;
    Object[] entries = sides.get(other).get(key);
    if (entries != null) {
      long oldestKept = observed[other] - retentionMs;
      for (Object e : entries) {
        Object[] entry = (Object[]) e;
        long otherTime = (Long) entry[TIME];
        if (otherTime < from || otherTime > to || otherTime <= oldestKept) {
          continue;
        }
        matched = true;
        if (deferOuter) {
          removeUnmatched(RowKey.of(otherTime, other, key));
        }
        out.collect(RowKind.INSERT, layout.joined(side, row, (Object[]) entry[ROW]), Math.max(time, otherTime));
      }
    }
    if (!matched && layout.outer(side)) {
      if (!deferOuter || to < streamTime) {
        out.collect(RowKind.INSERT, layout.joined(side, row, null), time);
      } else {
        addUnmatched(RowKey.of(time, side, key), row);
      }
    }
    keep(side, key, row, time);
  }

  /** Keeps the row for rows of the other side to come, unless it is older than the side retains. */
  private void keep(int side, RowKey key, Object[] row, long time) {
    observed[side] = Math.max(observed[side], time);
    long oldestKept = observed[side] - retentionMs;
    if (time > oldestKept) {
      Object[] entries = sides.get(side).get(key);
      sides.get(side).put(key, inserted(entries, new Object[] {time, row}));
      byTime.get(side).computeIfAbsent(time, t -> new LinkedHashSet<>()).add(key);
    }
    TreeMap<Long, Set<RowKey>> index = byTime.get(side);
    while (!index.isEmpty() && index.firstKey() <= oldestKept) {
      for (RowKey expired : index.pollFirstEntry().getValue()) {
        prune(side, expired, oldestKept);
      }
    }
  }

  private void prune(int side, RowKey key, long oldestKept) {
    Object[] entries = sides.get(side).get(key);
    if (entries == null) {
      return;
    }
    int keep = 0;
    while (keep < entries.length && (Long) ((Object[]) entries[keep])[TIME] <= oldestKept) {
      keep++;
    }
    if (keep == entries.length) {
      sides.get(side).delete(key);
    } else if (keep > 0) {
      sides.get(side).put(key, Arrays.copyOfRange(entries, keep, entries.length));
    }
  }

  /** {@code entries} with {@code entry} after every entry of the same or an earlier time. */
  private static Object[] inserted(Object[] entries, Object[] entry) {
    if (entries == null) {
      return new Object[] {entry};
    }
    long time = (Long) entry[TIME];
    int at = entries.length;
    while (at > 0 && (Long) ((Object[]) entries[at - 1])[TIME] > time) {
      at--;
    }
    Object[] copy = new Object[entries.length + 1];
    System.arraycopy(entries, 0, copy, 0, at);
    copy[at] = entry;
    System.arraycopy(entries, at, copy, at + 1, entries.length - at);
    return copy;
  }

  private void addUnmatched(RowKey id, Object[] row) {
    Object[] rows = unmatched.get(id);
    Object[] more = rows == null ? new Object[] {row} : Arrays.copyOf(rows, rows.length + 1);
    more[more.length - 1] = row;
    unmatched.put(id, more);
    unmatchedByTime.computeIfAbsent((Long) id.get(0), t -> new LinkedHashSet<>()).add(id);
  }

  private void removeUnmatched(RowKey id) {
    if (unmatched.get(id) == null) {
      return;
    }
    unmatched.delete(id);
    Set<RowKey> atTime = unmatchedByTime.get((Long) id.get(0));
    if (atTime != null && atTime.remove(id) && atTime.isEmpty()) {
      unmatchedByTime.remove((Long) id.get(0));
    }
  }

  /** Emits the unmatched rows whose window has closed, in time order, right before left. */
  private void emitClosed(Collector out) {
    long closedBefore = streamTime - Math.min(beforeMs, afterMs) - graceMs;
    for (Map.Entry<Long, Set<RowKey>> entry
        : new ArrayList<>(unmatchedByTime.headMap(closedBefore, false).entrySet())) {
      long time = entry.getKey();
      List<RowKey> ids = new ArrayList<>(entry.getValue());
      for (int side : RIGHT_THEN_LEFT) {
        long lookBack = side == LEFT ? afterMs : beforeMs;
        if (time + lookBack + graceMs >= streamTime) {
          continue; // this side's window at this time is still open
        }
        for (RowKey id : ids) {
          if ((Integer) id.get(1) == side) {
            for (Object row : unmatched.get(id)) {
              out.collect(RowKind.INSERT, layout.joined(side, (Object[]) row, null), time);
            }
            removeUnmatched(id);
          }
        }
      }
    }
  }

  @Override
  public byte[] snapshot() {
    return ByteBuffer.allocate(3 * Long.BYTES).putLong(streamTime).putLong(observed[0]).putLong(observed[1]).array();
  }

  @Override
  public void restore(byte[] snapshot) {
    ByteBuffer buffer = ByteBuffer.wrap(snapshot);
    streamTime = buffer.getLong();
    observed[0] = buffer.getLong();
    observed[1] = buffer.getLong();
  }
}
