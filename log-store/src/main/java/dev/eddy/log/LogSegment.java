package dev.eddy.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment of a partition: its {@link FileRecords} ({@code .log}, batches in the layout of
 * {@link RecordBatchEncoder}) whose first batch starts at {@link #baseOffset()}, with its
 * {@link OffsetIndex} and {@link TimeIndex}.
 *
 * <p>Contracts:
 * <ul>
 *   <li>Batches are stored back to back from position 0; offsets strictly increase from batch to
 *       batch (gaps allowed after compaction).</li>
 *   <li>Only the active segment is appended to, by one writer at a time (the partition holds the
 *       lock). Reads are positional and run concurrently with the append; the caller bounds them
 *       with the visible position so they never reach a batch being written.</li>
 *   <li>An index entry is added for a batch when at least {@link #INDEX_INTERVAL_BYTES} bytes were
 *       appended since the previous entry, after the batch is written.</li>
 *   <li>{@link #recover()} re-validates the file, truncates it at the first bad batch and rebuilds
 *       both indexes.</li>
 * </ul>
 */
final class LogSegment {

  static final int INDEX_INTERVAL_BYTES = 4096;
  /** Index files never need more than this, even for 2 GiB segments. */
  private static final int MAX_INDEX_BYTES = 10 << 20;
  private static final Logger LOG = LoggerFactory.getLogger(LogSegment.class);

  private final long baseOffset;
  private final FileRecords log;
  private final OffsetIndex offsetIndex;
  private final TimeIndex timeIndex;
  private final long createdAtMs;

  private volatile long nextOffset;
  private volatile long maxTimestamp = Long.MIN_VALUE;
  private int bytesSinceLastIndexEntry;
  private boolean truncatedByRecovery;

  private LogSegment(long baseOffset, FileRecords log, OffsetIndex offsetIndex, TimeIndex timeIndex, long createdAtMs) {
    this.baseOffset = baseOffset;
    this.log = log;
    this.offsetIndex = offsetIndex;
    this.timeIndex = timeIndex;
    this.nextOffset = baseOffset;
    this.createdAtMs = createdAtMs;
  }

  /** Index file sizes for a segment of {@code segmentBytes}: enough entries for one every interval, plus slack. */
  static int maxIndexBytes(int segmentBytes, int entrySize) {
    long entries = segmentBytes / INDEX_INTERVAL_BYTES + 2;
    return (int) Math.min(MAX_INDEX_BYTES, entries * entrySize);
  }

  /** Creates a new, empty, writable segment; fails if its log file exists. */
  static LogSegment create(Path dir, long baseOffset, int segmentBytes, long nowMs) {
    FileRecords log = FileRecords.create(LogFileNames.logFile(dir, baseOffset));
    try {
      Files.deleteIfExists(LogFileNames.indexFile(dir, baseOffset));
      Files.deleteIfExists(LogFileNames.timeIndexFile(dir, baseOffset));
    } catch (IOException e) {
      log.close();
      throw new LogStorageException("cannot remove stale indexes of " + log.file() + ": " + e.getMessage(), e);
    }
    try {
      return new LogSegment(baseOffset, log, openOffsetIndex(dir, baseOffset, segmentBytes, true),
          openTimeIndex(dir, baseOffset, segmentBytes, true), nowMs);
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /**
   * Opens an existing segment. Its end offset and max timestamp are found from the last index
   * entries plus a scan of the batches after them. A missing index, or one that does not match
   * the log, is rebuilt by a full {@link #recover()}.
   *
   * @param writable true for the active segment (its indexes stay mapped for appends)
   * @param recover true to re-validate the whole file
   */
  static LogSegment open(Path dir, long baseOffset, int segmentBytes, boolean writable, boolean recover, long nowMs) {
    Path indexFile = LogFileNames.indexFile(dir, baseOffset);
    Path timeIndexFile = LogFileNames.timeIndexFile(dir, baseOffset);
    boolean rebuild = recover || !Files.exists(indexFile) || !Files.exists(timeIndexFile);
    if (!rebuild) {
      try {
        OffsetIndex offsetIndex = openOffsetIndex(dir, baseOffset, segmentBytes, writable);
        TimeIndex timeIndex = openTimeIndex(dir, baseOffset, segmentBytes, writable);
        LogSegment segment = new LogSegment(baseOffset, FileRecords.open(LogFileNames.logFile(dir, baseOffset)),
            offsetIndex, timeIndex, nowMs);
        try {
          segment.loadTail();
          return segment;
        } catch (CorruptIndexException | CorruptRecordException e) {
          segment.log.close();
          throw e;
        }
      } catch (CorruptIndexException | CorruptRecordException e) {
        LOG.warn("Re-validating {} and rebuilding its indexes: {}", LogFileNames.logFile(dir, baseOffset), e.getMessage());
      }
    }
    deleteIndexes(dir, baseOffset);
    // Indexes are built writable; a closed segment trims them once rebuilt.
    OffsetIndex offsetIndex = openOffsetIndex(dir, baseOffset, segmentBytes, true);
    TimeIndex timeIndex = openTimeIndex(dir, baseOffset, segmentBytes, true);
    LogSegment segment = new LogSegment(baseOffset, FileRecords.open(LogFileNames.logFile(dir, baseOffset)),
        offsetIndex, timeIndex, nowMs);
    segment.recover();
    if (!writable) {
      segment.offsetIndex.trimToValidSize();
      segment.timeIndex.trimToValidSize();
    }
    return segment;
  }

  private static OffsetIndex openOffsetIndex(Path dir, long baseOffset, int segmentBytes, boolean writable) {
    return new OffsetIndex(LogFileNames.indexFile(dir, baseOffset), baseOffset,
        maxIndexBytes(segmentBytes, OffsetIndex.ENTRY_SIZE), writable);
  }

  private static TimeIndex openTimeIndex(Path dir, long baseOffset, int segmentBytes, boolean writable) {
    return new TimeIndex(LogFileNames.timeIndexFile(dir, baseOffset), baseOffset,
        maxIndexBytes(segmentBytes, TimeIndex.ENTRY_SIZE), writable);
  }

  private static void deleteIndexes(Path dir, long baseOffset) {
    try {
      Files.deleteIfExists(LogFileNames.indexFile(dir, baseOffset));
      Files.deleteIfExists(LogFileNames.timeIndexFile(dir, baseOffset));
    } catch (IOException e) {
      throw new LogStorageException("cannot delete the indexes of " + LogFileNames.logFile(dir, baseOffset)
          + " to rebuild them: " + e.getMessage(), e);
    }
  }

  long baseOffset() {
    return baseOffset;
  }

  /** The offset after this segment's last batch (its base offset if empty). */
  long nextOffset() {
    return nextOffset;
  }

  long sizeInBytes() {
    return log.sizeInBytes();
  }

  /** The largest record timestamp in the segment, {@code Long.MIN_VALUE} if empty. */
  long maxTimestamp() {
    return maxTimestamp;
  }

  long createdAtMs() {
    return createdAtMs;
  }

  Path logFile() {
    return log.file();
  }

  /** True if {@link #recover()} cut bytes off this segment. */
  boolean truncatedByRecovery() {
    return truncatedByRecovery;
  }

  /** An offset before which no record of this segment has a timestamp {@code >= timestamp}. */
  long timeIndexScanStart(long timestamp) {
    return timeIndex.lookupScanStart(timestamp);
  }

  boolean indexFull() {
    return offsetIndex.isFull() || timeIndex.isFull();
  }

  /** Appends one encoded batch at the end of the log, then indexes it. */
  void append(ByteBuffer batch, long batchBaseOffset, long batchLastOffset, long batchMaxTimestamp) {
    int length = batch.remaining();
    long position = log.append(batch);
    indexBatch(batchBaseOffset, (int) position, length);
    maxTimestamp = Math.max(maxTimestamp, batchMaxTimestamp);
    nextOffset = batchLastOffset + 1;
  }

  /** Adds index entries for a batch at {@code position} if an interval has passed; call before updating maxTimestamp. */
  private void indexBatch(long batchBaseOffset, int position, int length) {
    if (bytesSinceLastIndexEntry >= INDEX_INTERVAL_BYTES && position > 0) {
      offsetIndex.append(batchBaseOffset, position);
      if (maxTimestamp > timeIndex.lastTimestamp()) {
        timeIndex.append(maxTimestamp, batchBaseOffset);
      }
      bytesSinceLastIndexEntry = 0;
    }
    bytesSinceLastIndexEntry += length;
  }

  /** Forces the log file's data to disk (not its indexes: recovery rebuilds those). */
  void flush() {
    log.flush();
  }

  /** Makes the segment read-only: forces the log if asked, trims and forces the indexes. */
  void seal(boolean flushLog) {
    if (flushLog) {
      flush();
    }
    offsetIndex.trimToValidSize();
    timeIndex.trimToValidSize();
  }

  /**
   * The position of the first batch whose last offset is {@code >= targetOffset}, among batches
   * ending at or before {@code limit}; -1 if there is none.
   */
  long positionOf(long targetOffset, long limit) {
    return log.findBatch(offsetIndex.lookup(targetOffset).position(), limit, targetOffset);
  }

  /** See {@link FileRecords#readBatches}. */
  ByteBuffer readBatches(long position, int maxBytes, long limit) {
    return log.readBatches(position, maxBytes, limit);
  }

  /** See {@link FileRecords#readBatches(long, int, long, ByteBuffer)}. */
  ByteBuffer readBatches(long position, int maxBytes, long limit, ByteBuffer scratch) {
    return log.readBatches(position, maxBytes, limit, scratch);
  }

  /** See {@link FileRecords#forEachBatch}. */
  void forEachBatch(long start, long limit, FileRecords.BatchVisitor visitor) {
    log.forEachBatch(start, limit, visitor);
  }

  /**
   * Re-validates every batch (framing, CRC, increasing offsets, record framing), rebuilds both
   * indexes, and truncates the file at the first bad batch, logging the file, position and bytes
   * dropped.
   *
   * @return the number of bytes truncated (0 if the file was whole)
   */
  long recover() {
    offsetIndex.reset();
    timeIndex.reset();
    maxTimestamp = Long.MIN_VALUE;
    nextOffset = baseOffset;
    bytesSinceLastIndexEntry = 0;
    long fileSize = log.sizeInBytes();
    long[] validEnd = {0};
    String reason = null;
    try {
      log.forEachBatch(0, fileSize, (batch, position) -> {
        batch.ensureValid();
        if (batch.baseOffset() < nextOffset || batch.lastOffset() - baseOffset > Integer.MAX_VALUE) {
          throw new CorruptRecordException("batch at position " + position + " of " + log.file() + " has offsets "
              + batch.baseOffset() + ".." + batch.lastOffset() + ", expected to start at or after " + nextOffset);
        }
        batch.checkRecordFraming();
        indexBatch(batch.baseOffset(), (int) position, batch.sizeInBytes());
        maxTimestamp = Math.max(maxTimestamp, batch.maxTimestamp());
        nextOffset = batch.lastOffset() + 1;
        validEnd[0] = position + batch.sizeInBytes();
        return true;
      });
    } catch (CorruptRecordException e) {
      reason = e.getMessage();
    }
    long truncated = fileSize - validEnd[0];
    if (truncated > 0) {
      truncatedByRecovery = true;
      LOG.warn("Truncating {} at position {}, dropping {} bytes: {}", log.file(), validEnd[0], truncated, reason);
      log.truncateTo(validEnd[0]);
    }
    return truncated;
  }

  /** Finds the end offset and max timestamp from the last index entries and the batches after them. */
  private void loadTail() {
    long size = log.sizeInBytes();
    OffsetIndex.OffsetPosition lastEntry = offsetIndex.lastEntry();
    // Real entries never point at position 0 (the segment start needs none), so a zero last entry
    // is preallocated space that was never trimmed.
    if (offsetIndex.entries() > 0 && (lastEntry.position() <= 0 || lastEntry.position() >= size)) {
      throw new CorruptIndexException("last entry of " + offsetIndex.file() + " points at position "
          + lastEntry.position() + ", outside (0, " + size + ") of " + log.file());
    }
    if (timeIndex.entries() > 0 && timeIndex.lastOffset() <= baseOffset) {
      throw new CorruptIndexException("last entry of " + timeIndex.file() + " points at the segment's base offset "
          + baseOffset + "; entries are only made past the first batch");
    }
    long scanFrom = offsetIndex.lookup(Math.min(lastEntry.offset(), timeIndex.lastOffset())).position();
    maxTimestamp = timeIndex.lastTimestamp();
    nextOffset = baseOffset;
    boolean[] first = {true};
    log.forEachBatch(scanFrom, size, (batch, position) -> {
      if (first[0] && scanFrom > 0 && !indexedAt(batch.baseOffset(), (int) position)) {
        throw new CorruptIndexException("index " + offsetIndex.file() + " points at position " + position
            + " but the batch there starts at offset " + batch.baseOffset());
      }
      first[0] = false;
      maxTimestamp = Math.max(maxTimestamp, batch.maxTimestamp());
      nextOffset = batch.lastOffset() + 1;
      return true;
    });
    bytesSinceLastIndexEntry = (int) Math.min(Integer.MAX_VALUE, size - lastEntry.position());
  }

  private boolean indexedAt(long offset, int position) {
    OffsetIndex.OffsetPosition entry = offsetIndex.lookup(offset);
    return entry.offset() == offset && entry.position() == position;
  }

  /** Renames the three files with {@code suffix} (retention); open channels and mappings keep working. */
  void renameFiles(String suffix) {
    log.renameTo(LogFileNames.withSuffix(log.file(), suffix));
    try {
      moveIfExists(offsetIndex.file(), suffix);
      moveIfExists(timeIndex.file(), suffix);
    } catch (IOException e) {
      throw new LogStorageException("cannot rename the indexes of " + log.file() + " with suffix " + suffix + ": "
          + e.getMessage(), e);
    }
  }

  private static void moveIfExists(Path file, String suffix) throws IOException {
    if (Files.exists(file)) {
      Files.move(file, LogFileNames.withSuffix(file, suffix), StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Closes the log file; a writable segment's indexes are trimmed first. */
  void close() {
    try {
      offsetIndex.trimToValidSize();
      timeIndex.trimToValidSize();
    } catch (LogStorageException e) {
      // Closing must still release the channel; an untrimmed index is detected and rebuilt on open.
      LOG.warn("Could not trim the indexes of {} while closing it", log.file(), e);
    }
    log.close();
  }

  /** Closes the log and deletes the segment's files, named with {@code suffix} (see {@link #renameFiles}). */
  void closeAndDelete(String suffix) {
    log.closeAndDelete();
    try {
      Files.deleteIfExists(LogFileNames.withSuffix(offsetIndex.file(), suffix));
      Files.deleteIfExists(LogFileNames.withSuffix(timeIndex.file(), suffix));
    } catch (IOException e) {
      throw new LogStorageException("cannot delete the indexes of " + log.file() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "LogSegment[" + log.file() + ", base " + baseOffset + ", next " + nextOffset + ", " + sizeInBytes() + " bytes]";
  }
}
