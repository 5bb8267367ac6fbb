package dev.eddy.bench.window;

/**
 * What a tumbling-window count and sum over the events must give, computed plainly: the
 * yardstick both engines are checked against, so a mismatch says which side is wrong.
 *
 * <p>The rules are Kafka Streams' (and so ksqlDB's): stream time is the largest event time
 * seen so far, this event's included; a window {@code [start, start + size)} is closed once
 * stream time minus grace reaches its end, and an event for a closed window is dropped.
 */
final class ReferenceAggregation {

  /**
   * @param totals the final count and sum per (key, window)
   * @param accepted events aggregated: with caching off, one output update each
   * @param late events dropped because their window had closed
   */
  record Expected(WindowTotals totals, long accepted, long late) {

    /** Updates an EMIT CHANGES aggregate emits: a new window once, every later event as a retraction and an update. */
    long changeRows() {
      return 2 * accepted - totals.windows();
    }
  }

  private ReferenceAggregation() {}

  static Expected of(WindowEvents events, int count, long sizeMs, long graceMs) {
    WindowTotals totals = new WindowTotals();
    long streamTime = Long.MIN_VALUE;
    long late = 0;
    for (int i = 0; i < count; i++) {
      long time = events.time(i);
      streamTime = Math.max(streamTime, time);
      long start = Math.floorDiv(time, sizeMs) * sizeMs;
      if (start + sizeMs <= streamTime - graceMs) {
        late++;
        continue;
      }
      WindowTotals.Total before = totals.get(events.keyName(i), start);
      totals.put(events.keyName(i), start, before == null ? 1 : before.count() + 1,
          (before == null ? 0 : before.sum()) + events.amount(i));
    }
    return new Expected(totals, count - late, late);
  }
}
