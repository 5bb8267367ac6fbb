package dev.eddy.log;

import static dev.eddy.log.RecordBatchEncoder.HEADER_SIZE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment of a partition: a {@code .log} file of record batches (layout in
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
  private static final int SCAN_CHUNK_BYTES = 256 << 10;
  private static final Logger LOG = LoggerFactory.getLogger(LogSegment.class);

  private final Path dir;
  private final long baseOffset;
  private volatile Path logFile;
  private final FileChannel channel;
  private final OffsetIndex offsetIndex;
  private final TimeIndex timeIndex;
  private final long createdAtMs;

  private volatile long size;
  private volatile long nextOffset;
  private volatile long maxTimestamp = Long.MIN_VALUE;
  private int bytesSinceLastIndexEntry;
  private boolean truncatedByRecovery;

  private LogSegment(Path dir, long baseOffset, FileChannel channel, OffsetIndex offsetIndex, TimeIndex timeIndex,
      long size, long createdAtMs) {
    this.dir = dir;
    this.baseOffset = baseOffset;
    this.logFile = LogFileNames.logFile(dir, baseOffset);
    this.channel = channel;
    this.offsetIndex = offsetIndex;
    this.timeIndex = timeIndex;
    this.size = size;
    this.nextOffset = baseOffset;
    this.createdAtMs = createdAtMs;
  }

  /** Index file sizes for a segment of {@code segmentBytes}: enough entries for one every interval, plus slack. */
  static int maxIndexBytes(int segmentBytes, int entrySize) {
    long entries = segmentBytes / INDEX_INTERVAL_BYTES + 2;
    return (int) Math.min(MAX_INDEX_BYTES, entries * entrySize);
  }

  /** Creates a new, empty, writable segment; fails if its files exist. */
  static LogSegment create(Path dir, long baseOffset, int segmentBytes, long nowMs) {
    Path log = LogFileNames.logFile(dir, baseOffset);
    try {
      FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
      Files.deleteIfExists(LogFileNames.indexFile(dir, baseOffset));
      Files.deleteIfExists(LogFileNames.timeIndexFile(dir, baseOffset));
      return new LogSegment(dir, baseOffset, ch,
          new OffsetIndex(LogFileNames.indexFile(dir, baseOffset), baseOffset, maxIndexBytes(segmentBytes, OffsetIndex.ENTRY_SIZE), true),
          new TimeIndex(LogFileNames.timeIndexFile(dir, baseOffset), baseOffset, maxIndexBytes(segmentBytes, TimeIndex.ENTRY_SIZE), true),
          0, nowMs);
    } catch (IOException e) {
      throw new LogStorageException("cannot create segment " + log + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing segment. Its end offset and max timestamp are found from the last index
   * entries plus a scan of the batches after them.
   *
   * @param writable true for the active segment (its indexes are mapped for appends)
   * @param recover true to re-validate the whole file (see {@link #recover()}); otherwise a missing
   *     or inconsistent index is rebuilt by recovery too
   */
  static LogSegment open(Path dir, long baseOffset, int segmentBytes, boolean writable, boolean recover, long nowMs) {
    Path log = LogFileNames.logFile(dir, baseOffset);
    FileChannel ch;
    try {
      ch = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new LogStorageException("cannot open segment " + log + ": " + e.getMessage(), e);
    }
    try {
      Path indexFile = LogFileNames.indexFile(dir, baseOffset);
      Path timeIndexFile = LogFileNames.timeIndexFile(dir, baseOffset);
      boolean rebuild = recover || !Files.exists(indexFile) || !Files.exists(timeIndexFile);
      if (rebuild) {
        Files.deleteIfExists(indexFile);
        Files.deleteIfExists(timeIndexFile);
      }
      // Indexes are opened writable while (re)building; a closed segment trims them afterwards.
      boolean mapWritable = writable || rebuild;
      LogSegment segment;
      try {
        segment = new LogSegment(dir, baseOffset, ch,
            new OffsetIndex(indexFile, baseOffset, maxIndexBytes(segmentBytes, OffsetIndex.ENTRY_SIZE), mapWritable),
            new TimeIndex(timeIndexFile, baseOffset, maxIndexBytes(segmentBytes, TimeIndex.ENTRY_SIZE), mapWritable),
            ch.size(), nowMs);
      } catch (CorruptIndexException e) {
        LOG.warn("Rebuilding indexes of {}: {}", log, e.getMessage());
        Files.deleteIfExists(indexFile);
        Files.deleteIfExists(timeIndexFile);
        return open(dir, baseOffset, segmentBytes, writable, true, nowMs);
      }
      if (rebuild) {
        segment.recover();
      } else {
        try {
          segment.loadTail();
        } catch (CorruptIndexException | CorruptRecordException e) {
          LOG.warn("Re-validating {} because its index does not match it: {}", log, e.getMessage());
          segment.closeQuietlyForReopen();
          Files.deleteIfExists(indexFile);
          Files.deleteIfExists(timeIndexFile);
          return open(dir, baseOffset, segmentBytes, writable, true, nowMs);
        }
      }
      if (!writable) {
        segment.offsetIndex.trimToValidSize();
        segment.timeIndex.trimToValidSize();
      }
      return segment;
    } catch (IOException e) {
      closeQuietly(ch, log);
      throw new LogStorageException("cannot open indexes of segment " + log + ": " + e.getMessage(), e);
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
    return size;
  }

  /** The largest record timestamp in the segment, {@code Long.MIN_VALUE} if empty. */
  long maxTimestamp() {
    return maxTimestamp;
  }

  long createdAtMs() {
    return createdAtMs;
  }

  Path logFile() {
    return logFile;
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

  /**
   * Appends one encoded batch at the end of the file with positional writes (no other writer
   * exists), then indexes it.
   */
  void append(ByteBuffer batch, long batchBaseOffset, long batchLastOffset, long batchMaxTimestamp) {
    long position = size;
    int length = batch.remaining();
    try {
      long at = position;
      while (batch.hasRemaining()) {
        at += channel.write(batch, at);
      }
    } catch (IOException e) {
      truncateAfterFailedWrite(position);
      throw new LogStorageException("cannot append " + length + " bytes to " + logFile + " at position " + position
          + ": " + e.getMessage(), e);
    }
    indexBatch(batchBaseOffset, (int) position, length);
    maxTimestamp = Math.max(maxTimestamp, batchMaxTimestamp);
    nextOffset = batchLastOffset + 1;
    size = position + length;
  }

  private void truncateAfterFailedWrite(long position) {
    try {
      channel.truncate(position);
    } catch (IOException suppressed) {
      throw new LogStorageException("cannot append to " + logFile + ", nor truncate the partial write back to position "
          + position + "; the segment needs recovery: " + suppressed.getMessage(), suppressed);
    }
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
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new LogStorageException("cannot fsync " + logFile + ": " + e.getMessage(), e);
    }
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
    long start = offsetIndex.lookup(targetOffset).position();
    long[] found = {-1};
    forEachBatch(start, limit, (batch, position) -> {
      if (batch.lastOffset() >= targetOffset) {
        found[0] = position;
        return false;
      }
      return true;
    });
    return found[0];
  }

  /**
   * Reads whole batches from {@code position}: about {@code maxBytes}, at least the first batch,
   * never past {@code limit}. The buffer's limit is at the end of the last whole batch; framing and
   * CRC are checked by the caller ({@link RecordBatch}).
   */
  ByteBuffer readBatches(long position, int maxBytes, long limit) {
    long available = limit - position;
    if (available <= 0) {
      return ByteBuffer.allocate(0);
    }
    int want = (int) Math.min(Math.max(maxBytes, HEADER_SIZE), available);
    ByteBuffer buf = readAt(position, want);
    if (buf.limit() >= HEADER_SIZE) {
      int first = RecordBatch.storedLength(buf, 0);
      if (first > buf.limit() && first <= available) {
        return readAt(position, first);
      }
    }
    int end = 0;
    while (end + HEADER_SIZE <= buf.limit()) {
      int len = RecordBatch.storedLength(buf, end);
      if (len <= HEADER_SIZE || end + len > buf.limit()) {
        break;
      }
      end += len;
    }
    // end == 0 means the first batch is malformed: hand it all over so the caller reports it.
    if (end > 0) {
      buf.limit(end);
    }
    return buf;
  }

  /**
   * Visits the batches in {@code [start, limit)} in order, framed but not CRC-checked, with their
   * file positions; stops when the visitor returns false.
   *
   * @throws CorruptRecordException if a batch's framing is broken (naming the file and position)
   */
  void forEachBatch(long start, long limit, BatchVisitor visitor) {
    long pos = start;
    ByteBuffer buf = null;
    long bufStart = 0;
    while (pos < limit) {
      long remainingInFile = limit - pos;
      if (buf == null || pos + HEADER_SIZE > bufStart + buf.limit() && remainingInFile >= HEADER_SIZE) {
        buf = readAt(pos, (int) Math.min(SCAN_CHUNK_BYTES, remainingInFile));
        bufStart = pos;
      }
      int off = (int) (pos - bufStart);
      if (off + HEADER_SIZE > buf.limit()) {
        throw new CorruptRecordException("truncated batch header in " + logFile + " at position " + pos + ": "
            + remainingInFile + " bytes left, a header needs " + HEADER_SIZE);
      }
      int len = RecordBatch.storedLength(buf, off);
      if (len > HEADER_SIZE && off + len > buf.limit() && len <= remainingInFile) {
        buf = readAt(pos, (int) Math.min(Math.max(SCAN_CHUNK_BYTES, len), remainingInFile));
        bufStart = pos;
        off = 0;
      }
      RecordBatch batch = RecordBatch.frame(buf.duplicate().position(off), logFile, pos);
      if (!visitor.visit(batch, pos)) {
        return;
      }
      pos += batch.sizeInBytes();
    }
  }

  /**
   * Re-validates every batch (framing, CRC, increasing offsets), rebuilds both indexes, and
   * truncates the file at the first bad batch.
   *
   * @return the number of bytes truncated (0 if the file was whole)
   */
  long recover() {
    offsetIndex.reset();
    timeIndex.reset();
    maxTimestamp = Long.MIN_VALUE;
    nextOffset = baseOffset;
    bytesSinceLastIndexEntry = 0;
    long fileSize;
    try {
      fileSize = channel.size();
    } catch (IOException e) {
      throw new LogStorageException("cannot read the size of " + logFile + ": " + e.getMessage(), e);
    }
    long[] validEnd = {0};
    String reason = null;
    try {
      forEachBatch(0, fileSize, (batch, position) -> {
        batch.ensureValid();
        if (batch.baseOffset() < nextOffset || batch.lastOffset() - baseOffset > Integer.MAX_VALUE) {
          throw new CorruptRecordException("batch at position " + position + " of " + logFile + " has offsets "
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
    size = validEnd[0];
    long truncated = fileSize - validEnd[0];
    if (truncated > 0) {
      truncatedByRecovery = true;
      LOG.warn("Truncating {} at position {}, dropping {} bytes: {}", logFile, validEnd[0], truncated, reason);
      try {
        channel.truncate(validEnd[0]);
        channel.force(true);
      } catch (IOException e) {
        throw new LogStorageException("cannot truncate " + logFile + " to " + validEnd[0] + " bytes: " + e.getMessage(), e);
      }
    }
    return truncated;
  }

  /** Finds the end offset and max timestamp from the last index entries and the batches after them. */
  private void loadTail() {
    OffsetIndex.OffsetPosition lastEntry = offsetIndex.lastEntry();
    // Real entries never point at position 0 (the segment start needs none), so a zero last entry
    // is preallocated space that was never trimmed.
    if (offsetIndex.entries() > 0 && (lastEntry.position() <= 0 || lastEntry.position() >= size)) {
      throw new CorruptIndexException("last entry of " + offsetIndex.file() + " points at position "
          + lastEntry.position() + ", outside (0, " + size + ") of " + logFile);
    }
    if (timeIndex.entries() > 0 && timeIndex.lastOffset() <= baseOffset) {
      throw new CorruptIndexException("last entry of " + timeIndex.file() + " points at the segment's base offset "
          + baseOffset + "; entries are only made past the first batch");
    }
    long scanFrom = offsetIndex.lookup(Math.min(lastEntry.offset(), timeIndex.lastOffset())).position();
    maxTimestamp = timeIndex.lastTimestamp();
    nextOffset = baseOffset;
    long[] lastPosition = {0};
    boolean[] first = {true};
    forEachBatch(scanFrom, size, (batch, position) -> {
      if (first[0] && scanFrom > 0 && !indexedAt(batch.baseOffset(), (int) position)) {
        throw new CorruptIndexException("index " + offsetIndex.file() + " points at position " + position
            + " but the batch there starts at offset " + batch.baseOffset());
      }
      first[0] = false;
      maxTimestamp = Math.max(maxTimestamp, batch.maxTimestamp());
      nextOffset = batch.lastOffset() + 1;
      lastPosition[0] = position;
      return true;
    });
    bytesSinceLastIndexEntry = (int) Math.min(Integer.MAX_VALUE, size - lastEntry.position());
  }

  private boolean indexedAt(long offset, int position) {
    OffsetIndex.OffsetPosition entry = offsetIndex.lookup(offset);
    return entry.offset() == offset && entry.position() == position;
  }

  /** Renames the files with {@code suffix}; the open channel keeps working. */
  void renameFiles(String suffix) {
    try {
      Path newLog = LogFileNames.withSuffix(LogFileNames.logFile(dir, baseOffset), suffix);
      Files.move(logFile, newLog, StandardCopyOption.ATOMIC_MOVE);
      logFile = newLog;
      moveIfExists(offsetIndex.file(), suffix);
      moveIfExists(timeIndex.file(), suffix);
    } catch (IOException e) {
      throw new LogStorageException("cannot rename segment " + logFile + " with suffix " + suffix + ": " + e.getMessage(), e);
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
      // The files may already be renamed or deleted (retention, compaction); closing still has to release the channel.
      LOG.debug("Not trimming indexes of {}: {}", logFile, e.getMessage());
    }
    closeQuietly(channel, logFile);
  }

  /** Closes the channel and deletes this segment's files, whatever their current names. */
  void closeAndDelete(String suffix) {
    closeQuietly(channel, logFile);
    try {
      Files.deleteIfExists(logFile);
      Files.deleteIfExists(LogFileNames.withSuffix(LogFileNames.indexFile(dir, baseOffset), suffix));
      Files.deleteIfExists(LogFileNames.withSuffix(LogFileNames.timeIndexFile(dir, baseOffset), suffix));
    } catch (IOException e) {
      throw new LogStorageException("cannot delete segment " + logFile + ": " + e.getMessage(), e);
    }
  }

  private void closeQuietlyForReopen() {
    closeQuietly(channel, logFile);
  }

  private static void closeQuietly(FileChannel ch, Path file) {
    try {
      ch.close();
    } catch (IOException e) {
      LOG.warn("Failed to close {}: {}", file, e.toString());
    }
  }

  private ByteBuffer readAt(long position, int length) {
    ByteBuffer buf = ByteBuffer.allocate(length);
    try {
      long at = position;
      while (buf.hasRemaining()) {
        int n = channel.read(buf, at);
        if (n < 0) {
          break;
        }
        at += n;
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot read " + length + " bytes of " + logFile + " at position " + position
          + ": " + e.getMessage(), e);
    }
    buf.flip();
    return buf;
  }

  @Override
  public String toString() {
    return "LogSegment[" + logFile + ", base " + baseOffset + ", next " + nextOffset + ", " + size + " bytes]";
  }

  /** Receives batches from {@link #forEachBatch}; returns false to stop. */
  @FunctionalInterface
  interface BatchVisitor {
    boolean visit(RecordBatch batch, long position);
  }
}
