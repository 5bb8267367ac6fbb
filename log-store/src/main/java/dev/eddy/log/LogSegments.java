package dev.eddy.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A partition's segments by base offset. Lock-free for readers: the appender adds segments at the
 * end, retention removes them at the start and the cleaner replaces closed ones, while readers
 * look segments up concurrently. The last segment is the active one; there is always one.
 */
final class LogSegments {

  private final ConcurrentSkipListMap<Long, LogSegment> segments = new ConcurrentSkipListMap<>();

  void add(LogSegment segment) {
    segments.put(segment.baseOffset(), segment);
  }

  /** Replaces the segment with the same base offset (a compacted copy). */
  void replace(LogSegment segment) {
    segments.put(segment.baseOffset(), segment);
  }

  boolean remove(LogSegment segment) {
    return segments.remove(segment.baseOffset(), segment);
  }

  LogSegment active() {
    return segments.lastEntry().getValue();
  }

  LogSegment first() {
    return segments.firstEntry().getValue();
  }

  /** The segment that would hold {@code offset}: the last one with base offset {@code <= offset}, else the first. */
  LogSegment floor(long offset) {
    Map.Entry<Long, LogSegment> e = segments.floorEntry(offset);
    return e != null ? e.getValue() : first();
  }

  /** The segment after {@code segment}, or null. */
  LogSegment next(LogSegment segment) {
    Map.Entry<Long, LogSegment> e = segments.higherEntry(segment.baseOffset());
    return e == null ? null : e.getValue();
  }

  LogSegment get(long baseOffset) {
    return segments.get(baseOffset);
  }

  /** A snapshot in offset order. */
  List<LogSegment> all() {
    return new ArrayList<>(segments.values());
  }

  /** A snapshot of every segment but the active one, in offset order. */
  List<LogSegment> closed() {
    List<LogSegment> all = all();
    return all.subList(0, all.size() - 1);
  }

  int count() {
    return segments.size();
  }

  long sizeInBytes() {
    long total = 0;
    for (LogSegment s : segments.values()) {
      total += s.sizeInBytes();
    }
    return total;
  }

  boolean isEmpty() {
    return segments.isEmpty();
  }
}
