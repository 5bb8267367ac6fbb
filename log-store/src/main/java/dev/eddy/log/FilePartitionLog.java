package dev.eddy.log;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The file-based {@link PartitionLog}: a directory of {@link LogSegment}s with one writer at a
 * time and lock-free readers.
 *
 * <p>Append path: under the append lock, size the batch, roll the segment if it would overflow,
 * encode into the encoder's reusable direct buffer, write it with one positional write, index it.
 * Then, by flush policy: {@code every-batch} waits in {@link GroupCommit} (outside the lock, so
 * other appenders keep writing and share the fsync) and the batch becomes visible once durable;
 * {@code interval} and {@code os} make it visible at once and leave fsync to the flusher / the OS.
 * {@link #appendAsync} writes the same way but, under {@code every-batch}, registers a future with
 * the group commit instead of waiting, so a single writer can keep batches in flight and one fsync
 * (run on a background thread) covers all of them.
 *
 * <p>Read path: take the {@link HighWatermark} once, find the segment and the batch position
 * (offset index, then a short scan), read whole batches below the watermark, check each batch's
 * CRC, decode. Readers never block appenders.
 *
 * <p>Recovery point: the durable offset, written to disk by {@link #checkpointRecoveryPoint()}
 * (periodically and on close), so a crash re-validates only what came after it.
 */
final class FilePartitionLog implements PartitionLog {

  private final TopicPartition topicPartition;
  private final Path dir;
  private final TopicConfig config;
  private final Clock clock;
  private final LogSegments segments;
  private final SegmentRetirer retirer;

  /** Reads up to this size use a per-thread buffer (see {@link #readBuffer}); larger ones allocate. */
  private static final int MAX_RETAINED_READ_BUFFER = 4 << 20;
  private static final ThreadLocal<ByteBuffer> READ_BUFFER = new ThreadLocal<>();

  private final ReentrantLock appendLock = new ReentrantLock();
  /**
   * Serializes changes to closed segments (retention, compaction swaps) with close(), without
   * holding up appends: those only ever touch the active segment.
   */
  private final Object closedSegmentsLock = new Object();
  private final RecordBatchEncoder encoder = new RecordBatchEncoder();
  private long nextOffset;

  private volatile LogPosition written;
  private final HighWatermark highWatermark;
  private final GroupCommit groupCommit;
  private volatile long recoveryPoint;
  private long persistedRecoveryPoint;
  private volatile boolean closed;
  /** Set when an fsync fails: the kernel may have dropped the dirty pages, so the tail is unknown until recovery. */
  private volatile LogStorageException fsyncFailure;

  /** Takes segments out of service: after a delay, so reads already in them can finish. */
  @FunctionalInterface
  interface SegmentRetirer {
    void retire(LogSegment segment, Runnable closeAction);
  }

  FilePartitionLog(TopicPartition topicPartition, Path dir, TopicConfig config, Clock clock,
      LogLoader.LoadedLog loaded, SegmentRetirer retirer) {
    this.topicPartition = topicPartition;
    this.dir = dir;
    this.config = config;
    this.clock = clock;
    this.segments = loaded.segments();
    this.retirer = retirer;
    LogSegment active = segments.active();
    this.nextOffset = active.nextOffset();
    this.written = new LogPosition(nextOffset, active.baseOffset(), active.sizeInBytes());
    this.highWatermark = new HighWatermark(written);
    this.recoveryPoint = loaded.recoveryPoint();
    this.persistedRecoveryPoint = loaded.recoveryPoint();
    this.groupCommit = new GroupCommit(this::syncWritten, nextOffset);
  }

  TopicPartition topicPartition() {
    return topicPartition;
  }

  Path dir() {
    return dir;
  }

  TopicConfig config() {
    return config;
  }

  LogSegments segments() {
    return segments;
  }

  @Override
  public AutoCloseable onDataBeyond(long offset, Runnable callback) {
    return highWatermark.onBeyond(offset, callback);
  }

  HighWatermark highWatermark() {
    return highWatermark;
  }

  @Override
  public AppendResult append(List<Record> records) {
    Written w = write(records, false);
    if (config.flushPolicy() == FlushPolicy.EVERY_BATCH) {
      groupCommit.awaitDurable(w.end());
    }
    return w.result();
  }

  /**
   * See {@link PartitionLog#appendAsync}. Under every-batch the future is registered with the
   * {@link GroupCommit}, whose async runner fsyncs on a background thread for as long as
   * registered batches are not covered; synchronous appenders' fsyncs complete them too.
   */
  @Override
  public CompletableFuture<AppendResult> appendAsync(List<Record> records) {
    Written w = write(records, true);
    return w.future() != null ? w.future() : CompletableFuture.completedFuture(w.result());
  }

  /** A written batch: its offsets, the offset after it, and its durability future if one was registered. */
  private record Written(AppendResult result, long end, CompletableFuture<AppendResult> future) {}

  /**
   * Writes the batch under the append lock. With {@code register} under every-batch, registers a
   * durability future with the group commit, under the lock so registrations are in offset order.
   */
  private Written write(List<Record> records, boolean register) {
    Objects.requireNonNull(records, "records");
    if (records.isEmpty()) {
      throw new IllegalArgumentException("cannot append an empty batch to " + topicPartition);
    }
    appendLock.lock();
    try {
      ensureWritable();
      int size = encoder.prepare(records, null);
      long first = nextOffset;
      long last = first + records.size() - 1;
      LogSegment segment = maybeRoll(size, last);
      ByteBuffer batch = encoder.encode(first);
      segment.append(batch, first, last, encoder.preparedMaxTimestamp());
      nextOffset = last + 1;
      LogPosition end = new LogPosition(nextOffset, segment.baseOffset(), segment.sizeInBytes());
      written = end;
      AppendResult result = new AppendResult(first, last);
      CompletableFuture<AppendResult> future = null;
      if (config.flushPolicy() != FlushPolicy.EVERY_BATCH) {
        highWatermark.advanceTo(end);
      } else if (register) {
        future = groupCommit.register(end.nextOffset(), result);
      }
      return new Written(result, end.nextOffset(), future);
    } finally {
      appendLock.unlock();
    }
  }

  /** Rolls to a new segment if a batch of {@code batchSize} ending at {@code lastOffset} does not fit the active one. */
  private LogSegment maybeRoll(int batchSize, long lastOffset) {
    LogSegment active = segments.active();
    if (active.sizeInBytes() == 0) {
      return active;
    }
    boolean full = active.sizeInBytes() + batchSize > config.segmentBytes()
        || active.indexFull()
        || lastOffset - active.baseOffset() > Integer.MAX_VALUE
        || config.segmentMs().isPresent() && clock.millis() - active.createdAtMs() >= config.segmentMs().getAsLong();
    if (!full) {
      return active;
    }
    return roll();
  }

  /**
   * Closes the active segment and starts a new one at {@link #nextOffset}. Under every-batch and
   * interval the old segment is fsynced first, so a sync of the new active segment covers
   * everything written before it.
   */
  private LogSegment roll() {
    LogSegment old = segments.active();
    old.seal(config.flushPolicy() != FlushPolicy.OS);
    LogSegment fresh = LogSegment.create(dir, nextOffset, config.segmentBytes(), clock.millis());
    DurableFiles.fsyncDirectory(dir);
    segments.add(fresh);
    return fresh;
  }

  /** Rolls now if the active segment is not empty (tests, and segment.ms on an idle partition). */
  void rollIfNotEmpty() {
    appendLock.lock();
    try {
      ensureWritable();
      if (segments.active().sizeInBytes() > 0) {
        roll();
      }
    } finally {
      appendLock.unlock();
    }
  }

  /** The {@link GroupCommit.Syncer}: fsyncs the segment holding the written end. */
  private long syncWritten() {
    LogPosition target = written;
    LogSegment segment = segments.get(target.segmentBaseOffset());
    if (segment != null) {
      try {
        segment.flush();
      } catch (LogStorageException e) {
        fsyncFailure = e;
        throw e;
      }
    }
    if (config.flushPolicy() == FlushPolicy.EVERY_BATCH) {
      highWatermark.advanceTo(target);
    }
    recoveryPoint = Math.max(recoveryPoint, target.nextOffset());
    return target.nextOffset();
  }

  /** Makes everything appended so far durable (the interval flusher and clean shutdown). */
  void flush() {
    groupCommit.awaitDurable(written.nextOffset());
  }

  /** Waits until the background flusher has made offsets below {@code offset} durable (interval policy). */
  boolean awaitFlushedInBackground(long offset, long timeoutMs) throws InterruptedException {
    return groupCommit.awaitSyncedByOthers(offset, timeoutMs);
  }

  long recoveryPoint() {
    return recoveryPoint;
  }

  /** Writes the recovery point to disk if it moved. */
  synchronized void checkpointRecoveryPoint() {
    long point = recoveryPoint;
    if (point != persistedRecoveryPoint) {
      RecoveryPointFile.write(dir, point);
      persistedRecoveryPoint = point;
    }
  }

  @Override
  public FetchResult read(long fromOffset, int maxBytes) {
    ensureOpen();
    LogPosition visible = highWatermark.get();
    long end = visible.nextOffset();
    if (fromOffset < 0 || fromOffset > end) {
      throw new OffsetOutOfRangeException("offset " + fromOffset + " is out of range for " + topicPartition
          + ": valid offsets are " + earliestOffset() + " to " + end);
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return readVisible(Math.max(fromOffset, earliestOffset()), Math.max(1, maxBytes), visible);
      } catch (LogStorageException e) {
        // A segment removed by retention or compaction between lookup and read: look again.
        if (!(e.getCause() instanceof ClosedChannelException) || closed || attempt >= 3) {
          throw e;
        }
      }
    }
  }

  private FetchResult readVisible(long start, int maxBytes, LogPosition visible) {
    long end = visible.nextOffset();
    List<LogRecord> out = null;
    long next = start;
    LogSegment segment = segments.floor(start);
    while (segment != null && next < end) {
      long limit = visible.readLimit(segment);
      long position = limit == 0 ? -1 : segment.positionOf(next, limit);
      if (position >= 0) {
        ByteBuffer batches = segment.readBatches(position, maxBytes, limit, readBuffer(maxBytes));
        out = new ArrayList<>(recordCountOf(batches));
        long pos = position;
        while (batches.hasRemaining()) {
          RecordBatch batch = RecordBatch.frame(batches, segment.logFile(), pos);
          batch.ensureValid();
          batch.readRecords(next, out);
          next = batch.lastOffset() + 1;
          pos += batch.sizeInBytes();
          batches.position(batches.position() + batch.sizeInBytes());
        }
        break;
      }
      // Nothing at or after `next` in this segment (compaction gaps): continue in the next one.
      segment = segments.next(segment);
      if (segment != null) {
        next = Math.max(next, Math.min(segment.baseOffset(), end));
      } else {
        next = end;
      }
    }
    return new FetchResult(out == null ? new ArrayList<>() : out, next, end);
  }

  /**
   * This thread's read buffer, direct so the positional read lands in it without the JDK's copy
   * through a temporary direct buffer. Reads decode every record into its own arrays before
   * returning, so nothing refers to the buffer once a read is done and the next read on the same
   * thread may reuse it. Reads larger than {@link #MAX_RETAINED_READ_BUFFER} get a buffer of their
   * own that is not kept.
   */
  private static ByteBuffer readBuffer(int maxBytes) {
    int want = Math.max(maxBytes, RecordBatchEncoder.HEADER_SIZE);
    if (want > MAX_RETAINED_READ_BUFFER) {
      return null;
    }
    ByteBuffer buf = READ_BUFFER.get();
    if (buf == null || buf.capacity() < want) {
      // Round up so reads of slightly different sizes share one buffer.
      int capacity = Math.min(MAX_RETAINED_READ_BUFFER, Math.max(want, buf == null ? 64 << 10 : buf.capacity() * 2));
      buf = ByteBuffer.allocateDirect(capacity);
      READ_BUFFER.set(buf);
    }
    return buf;
  }

  /** The number of records in the whole batches of {@code batches} (unchecked headers; only to size a list). */
  private static int recordCountOf(ByteBuffer batches) {
    long count = 0;
    int at = batches.position();
    int limit = batches.limit();
    while (at + RecordBatchEncoder.HEADER_SIZE <= limit) {
      int length = RecordBatch.storedLength(batches, at);
      if (length <= RecordBatchEncoder.HEADER_SIZE) {
        break;
      }
      count += Math.max(0, batches.getInt(at + RecordBatchEncoder.RECORD_COUNT_OFFSET));
      at += length;
    }
    // A garbled header must not turn into a huge allocation: the CRC check rejects it later anyway.
    return (int) Math.min(count, limit / 2 + 1);
  }

  @Override
  public FetchResult read(long fromOffset, int maxBytes, long maxWaitMs) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, maxWaitMs));
    while (true) {
      FetchResult result = read(fromOffset, maxBytes);
      long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (!result.records().isEmpty() || remainingMs <= 0) {
        return result;
      }
      // Wait until something lands past what we have seen; compaction gaps may move `nextOffset` beyond fromOffset.
      if (!highWatermark.awaitBeyond(Math.max(fromOffset, result.nextOffset()), remainingMs)) {
        ensureOpen();
        return read(fromOffset, maxBytes);
      }
      ensureOpen();
    }
  }

  @Override
  public long earliestOffset() {
    return segments.first().baseOffset();
  }

  @Override
  public long endOffset() {
    return highWatermark.get().nextOffset();
  }

  @Override
  public OptionalLong offsetForTimestamp(long timestampMs) {
    ensureOpen();
    LogPosition visible = highWatermark.get();
    for (LogSegment segment : segments.all()) {
      long limit = visible.readLimit(segment);
      if (limit == 0 || segment.maxTimestamp() < timestampMs) {
        continue;
      }
      long position = segment.positionOf(segment.timeIndexScanStart(timestampMs), limit);
      if (position < 0) {
        continue;
      }
      long[] found = {-1};
      segment.forEachBatch(position, limit, (batch, pos) -> {
        if (batch.maxTimestamp() < timestampMs) {
          return true;
        }
        batch.ensureValid();
        for (LogRecord r : batch.records()) {
          if (r.timestamp() >= timestampMs) {
            found[0] = r.offset();
            return false;
          }
        }
        return true;
      });
      if (found[0] >= 0) {
        return OptionalLong.of(found[0]);
      }
    }
    return OptionalLong.empty();
  }

  PartitionDescription describe() {
    return new PartitionDescription(topicPartition.partition(), earliestOffset(), endOffset(), segments.sizeInBytes(),
        segments.count());
  }

  /**
   * Removes closed segments (retention). Never the active segment.
   *
   * @return how many were removed
   */
  int deleteSegments(List<LogSegment> toDelete) {
    int removed = 0;
    synchronized (closedSegmentsLock) {
      ensureOpen();
      for (LogSegment segment : toDelete) {
        if (segment == segments.active()) {
          throw new IllegalArgumentException("cannot delete the active segment " + segment.logFile());
        }
        if (segments.remove(segment)) {
          segment.renameFiles(LogFileNames.DELETED_SUFFIX);
          retirer.retire(segment, () -> segment.closeAndDelete(LogFileNames.DELETED_SUFFIX));
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Swaps in a compacted copy of a closed segment written under {@code cleanedDir} (see
   * {@link SegmentSwap}); readers already in the old segment finish on its open channel.
   */
  void replaceSegment(LogSegment old, Path cleanedDir) {
    synchronized (closedSegmentsLock) {
      ensureOpen();
      if (segments.get(old.baseOffset()) != old || old == segments.active()) {
        throw new IllegalStateException("segment " + old.logFile() + " is no longer a closed segment of " + topicPartition);
      }
      SegmentSwap.commit(dir, cleanedDir, old.baseOffset());
      LogSegment fresh = LogSegment.open(dir, old.baseOffset(), config.segmentBytes(), false, false, clock.millis());
      segments.replace(fresh);
    }
    retirer.retire(old, old::close);
  }

  /** Stops the partition: waits for a running append, wakes long-poll readers, closes the files. */
  void close() {
    appendLock.lock();
    try {
      if (closed) {
        return;
      }
      synchronized (closedSegmentsLock) {
        closed = true;
        highWatermark.close();
        for (LogSegment segment : segments.all()) {
          segment.close();
        }
      }
    } finally {
      appendLock.unlock();
    }
    // Pipelined appends not yet durable (a clean store shutdown flushes first, so normally none).
    groupCommit.failUncovered(new LogClosedException("partition " + topicPartition
        + " was closed before the batch was durable"));
  }

  boolean isClosed() {
    return closed;
  }

  private void ensureWritable() {
    ensureOpen();
    LogStorageException failure = fsyncFailure;
    if (failure != null) {
      throw new LogStorageException("partition " + topicPartition + " refuses appends after a failed fsync; reopen the"
          + " store to recover it: " + failure.getMessage(), failure);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new LogClosedException("partition " + topicPartition + " is closed");
    }
  }
}
