package dev.eddy.engine.runtime;

import dev.eddy.log.TopicPartition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The source positions a batch covers: for each {@link TopicPartition}, the <em>next</em> offset
 * to read once everything up to it is finished (Kafka's committed-offset convention, so a task
 * commits the value as is and a restart resumes exactly there).
 *
 * <p>Contract: mutable and reused with its batch ({@link #clear()}); offsets only move forward —
 * {@link #advance} keeps the larger value, so merging batches in any order is safe. A task has
 * one or two entries (its partition, plus a table side for joins), so this stays tiny.
 */
public final class SourceOffsets {

  private final Map<TopicPartition, Long> next = new LinkedHashMap<>(4);

  /** Records that everything before {@code nextOffset} of {@code partition} is covered. */
  public void advance(TopicPartition partition, long nextOffset) {
    next.merge(partition, nextOffset, Math::max);
  }

  /** Adds every position of {@code other}, keeping the larger offset per partition. */
  public void mergeFrom(SourceOffsets other) {
    other.next.forEach(this::advance);
  }

  /** The next offset to read for {@code partition}, or -1 when this batch does not cover it. */
  public long nextOffset(TopicPartition partition) {
    Long offset = next.get(partition);
    return offset == null ? -1 : offset;
  }

  public boolean isEmpty() {
    return next.isEmpty();
  }

  public void clear() {
    next.clear();
  }

  /** A read-only view, for committing. */
  public Map<TopicPartition, Long> asMap() {
    return Collections.unmodifiableMap(next);
  }

  @Override
  public String toString() {
    return next.toString();
  }
}
