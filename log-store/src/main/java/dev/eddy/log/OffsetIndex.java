package dev.eddy.log;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/**
 * Maps offsets to positions in a segment's {@code .log} file, sparsely: one entry roughly every
 * {@link LogSegment#INDEX_INTERVAL_BYTES} bytes of log.
 *
 * <p>Entry layout (8 bytes, big-endian): {@code relativeOffset int32} (a batch's base offset minus
 * the segment's base offset) then {@code position int32} (where that batch starts in the log).
 * Entries are strictly increasing in both fields. A lookup returns the entry with the largest
 * offset {@code <= target}; the caller scans batches forward from there.
 */
final class OffsetIndex extends AbstractIndex {

  static final int ENTRY_SIZE = 8;

  OffsetIndex(Path file, long baseOffset, int maxIndexSize, boolean writable) {
    super(file, baseOffset, maxIndexSize, writable);
  }

  @Override
  protected int entrySize() {
    return ENTRY_SIZE;
  }

  @Override
  protected long keyAt(MappedByteBuffer buf, int n) {
    return buf.getInt(n * ENTRY_SIZE);
  }

  /** Records that the batch with base offset {@code offset} starts at {@code position}. */
  void append(long offset, int position) {
    int relative = Math.toIntExact(offset - baseOffset);
    appendEntry((buf, index) -> {
      buf.putInt(index, relative);
      buf.putInt(index + 4, position);
    });
  }

  /**
   * The indexed batch start with the largest offset {@code <= targetOffset}, or the segment start
   * if there is none.
   */
  OffsetPosition lookup(long targetOffset) {
    MappedByteBuffer buf = buffer();
    int count = entries();
    long relative = targetOffset - baseOffset;
    int n = largestLowerBound(buf, count, relative);
    if (n < 0) {
      return new OffsetPosition(baseOffset, 0);
    }
    return new OffsetPosition(baseOffset + buf.getInt(n * ENTRY_SIZE), buf.getInt(n * ENTRY_SIZE + 4));
  }

  /** The last entry, or the segment start if the index is empty. */
  OffsetPosition lastEntry() {
    MappedByteBuffer buf = buffer();
    int count = entries();
    if (count == 0) {
      return new OffsetPosition(baseOffset, 0);
    }
    int n = count - 1;
    return new OffsetPosition(baseOffset + buf.getInt(n * ENTRY_SIZE), buf.getInt(n * ENTRY_SIZE + 4));
  }

  /** An offset and the log position of the batch that starts with it. */
  record OffsetPosition(long offset, int position) {}
}
