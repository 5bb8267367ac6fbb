package dev.eddy.log;

/**
 * A point in a partition's log: the offset after the last batch before it, and where that batch
 * ends (the segment's base offset and the byte position in it). Used for the written end, the
 * durable end and the visible end (high watermark).
 */
record LogPosition(long nextOffset, long segmentBaseOffset, long position) {

  /**
   * How far a reader may read in {@code segment} when this is the visible end: all of a segment
   * before it, up to {@link #position()} in its own segment, nothing of a later one.
   */
  long readLimit(LogSegment segment) {
    if (segment.baseOffset() < segmentBaseOffset) {
      return segment.sizeInBytes();
    }
    return segment.baseOffset() == segmentBaseOffset ? position : 0;
  }
}
