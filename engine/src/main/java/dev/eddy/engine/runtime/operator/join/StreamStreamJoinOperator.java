package dev.eddy.engine.runtime.operator.join;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.state.KeyValueStore;
import dev.eddy.engine.state.RowKey;
import dev.eddy.engine.state.WindowKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

  private static final int[] RIGHT_THEN_LEFT = {RIGHT, LEFT};

  private final JoinLayout layout;
  private final long beforeMs;
  private final long afterMs;
  private final long graceMs;
  private final boolean deferOuter;
  private final long retentionMs;
  /** Per side, each kept row under (join key, its time, a sequence number): one entry per row. */
  private final List<KeyValueStore<WindowKey, Object[]>> sides = new ArrayList<>(2);
  /** Per side, an index over the store: join key to its rows' times, each to their sequence numbers. */
  private final List<Map<RowKey, TreeMap<Long, List<Long>>>> byKey = List.of(new HashMap<>(), new HashMap<>());
  /** Per side, the kept rows by time, for expiry. */
  private final List<TreeMap<Long, List<WindowKey>>> byTime = List.of(new TreeMap<>(), new TreeMap<>());
  private long nextSequence;
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
      List<WindowKey> kept = new ArrayList<>();
      sides.get(side).forEach((id, row) -> kept.add(id));
      kept.sort(Comparator.comparingLong(WindowKey::end)); // sequence order: as they were kept
      for (WindowKey id : kept) {
        index(side, id);
        nextSequence = Math.max(nextSequence, id.end() + 1);
      }
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
    TreeMap<Long, List<Long>> times = byKey.get(other).get(key);
    if (times != null) {
      long oldestKept = observed[other] - retentionMs;
      for (Map.Entry<Long, List<Long>> at : times.subMap(Math.max(from, oldestKept + 1), true, to, true).entrySet()) {
        long otherTime = at.getKey();
        for (long sequence : at.getValue()) {
          Object[] otherRow = sides.get(other).get(new WindowKey(key, otherTime, sequence));
          matched = true;
          if (deferOuter) {
            removeUnmatched(RowKey.of(otherTime, other, key));
          }
          out.collect(RowKind.INSERT, layout.joined(side, row, otherRow), Math.max(time, otherTime));
        }
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
      WindowKey id = new WindowKey(key, time, nextSequence++);
      sides.get(side).put(id, row);
      index(side, id);
    }
    TreeMap<Long, List<WindowKey>> expiring = byTime.get(side);
    while (!expiring.isEmpty() && expiring.firstKey() <= oldestKept) {
      for (WindowKey expired : expiring.pollFirstEntry().getValue()) {
        sides.get(side).delete(expired);
        TreeMap<Long, List<Long>> times = byKey.get(side).get(expired.key());
        if (times != null && times.remove(expired.start()) != null && times.isEmpty()) {
          byKey.get(side).remove(expired.key());
        }
      }
    }
  }

  private void index(int side, WindowKey id) {
    byKey.get(side).computeIfAbsent(id.key(), k -> new TreeMap<>())
        .computeIfAbsent(id.start(), t -> new ArrayList<>(1)).add(id.end());
    byTime.get(side).computeIfAbsent(id.start(), t -> new ArrayList<>()).add(id);
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
    return ByteBuffer.allocate(3 * Long.BYTES).putLong(streamTime).putLong(observed[0]).putLong(observed[1])
        .array();
  }

  @Override
  public void restore(byte[] snapshot) {
    ByteBuffer buffer = ByteBuffer.wrap(snapshot);
    streamTime = buffer.getLong();
    observed[0] = buffer.getLong();
    observed[1] = buffer.getLong();
  }
}
