package dev.eddy.log;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/**
 * Maps timestamps to offsets in a segment, sparsely, for {@link PartitionLog#offsetForTimestamp}.
 *
 * <p>Entry layout (12 bytes, big-endian): {@code timestamp int64} then {@code relativeOffset int32}.
 * An entry {@code (T, o)} promises: every record in a batch before the batch starting at offset
 * {@code o} has a timestamp {@code <= T}. Entries are added when an offset-index entry is, and only
 * if {@code T} grew, so timestamps are strictly increasing and binary-searchable even though record
 * timestamps are not ordered.
 *
 * <p>To find the first record with timestamp {@code >= t}: take the last entry with {@code T < t};
 * nothing before its offset qualifies, so scanning from there finds the answer.
 */
final class TimeIndex extends AbstractIndex {

  static final int ENTRY_SIZE = 12;

  TimeIndex(Path file, long baseOffset, int maxIndexSize, boolean writable) {
    super(file, baseOffset, maxIndexSize, writable);
  }

  @Override
  protected int entrySize() {
    return ENTRY_SIZE;
  }

  @Override
  protected long keyAt(MappedByteBuffer buf, int n) {
    return buf.getLong(n * ENTRY_SIZE);
  }

  /** Records that every batch before the one starting at {@code offset} has timestamps {@code <= timestamp}. */
  void append(long timestamp, long offset) {
    int relative = Math.toIntExact(offset - baseOffset);
    appendEntry((buf, index) -> {
      buf.putLong(index, timestamp);
      buf.putInt(index + 8, relative);
    });
  }

  /** The largest timestamp indexed, or {@code Long.MIN_VALUE} if the index is empty. */
  long lastTimestamp() {
    int count = entries();
    return count == 0 ? Long.MIN_VALUE : buffer().getLong((count - 1) * ENTRY_SIZE);
  }

  /** The offset of the last entry, or the segment's base offset if the index is empty. */
  long lastOffset() {
    int count = entries();
    return count == 0 ? baseOffset : baseOffset + buffer().getInt((count - 1) * ENTRY_SIZE + 8);
  }

  /**
   * An offset before which no record has a timestamp {@code >= timestamp}: the offset of the last
   * entry with a smaller timestamp, or the segment's base offset.
   */
  long lookupScanStart(long timestamp) {
    MappedByteBuffer buf = buffer();
    int n = largestLowerBound(buf, entries(), timestamp == Long.MIN_VALUE ? Long.MIN_VALUE : timestamp - 1);
    return n < 0 ? baseOffset : baseOffset + buf.getInt(n * ENTRY_SIZE + 8);
  }
}
