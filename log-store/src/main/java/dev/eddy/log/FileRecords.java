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
 * A segment's {@code .log} file: batches back to back, appended at the end, read by position.
 *
 * <p>Appends come from one thread at a time and are positional writes at {@link #sizeInBytes()};
 * reads are positional too, so they need no lock and never move a shared file position. The
 * size is volatile and only published after the bytes are written.
 */
final class FileRecords {

  private static final int SCAN_CHUNK_BYTES = 256 << 10;
  /** Index entries are ~4 KiB apart, so a header walk from one usually ends within this. */
  private static final int HEADER_SCAN_CHUNK_BYTES = 8 << 10;
  private static final Logger LOG = LoggerFactory.getLogger(FileRecords.class);

  private volatile Path file;
  private final FileChannel channel;
  private volatile long size;

  private FileRecords(Path file, FileChannel channel, long size) {
    this.file = file;
    this.channel = channel;
    this.size = size;
  }

  /** Creates a new, empty file; fails if it exists. */
  static FileRecords create(Path file) {
    try {
      return new FileRecords(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
          StandardOpenOption.WRITE), 0);
    } catch (IOException e) {
      throw new LogStorageException("cannot create segment file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing file; its current length is taken as its size. */
  static FileRecords open(Path file) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      return new FileRecords(file, channel, channel.size());
    } catch (IOException e) {
      if (channel != null) {
        closeQuietly(channel, file);
      }
      throw new LogStorageException("cannot open segment file " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  long sizeInBytes() {
    return size;
  }

  /**
   * Writes {@code batch} at the end of the file.
   *
   * @return the position it was written at
   */
  long append(ByteBuffer batch) {
    long position = size;
    int length = batch.remaining();
    try {
      long at = position;
      while (batch.hasRemaining()) {
        at += channel.write(batch, at);
      }
    } catch (IOException e) {
      truncateAfterFailedWrite(position);
      throw new LogStorageException("cannot append " + length + " bytes to " + file + " at position " + position
          + ": " + e.getMessage(), e);
    }
    size = position + length;
    return position;
  }

  private void truncateAfterFailedWrite(long position) {
    try {
      channel.truncate(position);
    } catch (IOException suppressed) {
      throw new LogStorageException("cannot append to " + file + ", nor truncate the partial write back to position "
          + position + "; the segment needs recovery: " + suppressed.getMessage(), suppressed);
    }
  }

  /** Forces the file's data (and the size, which reading it back needs) to disk. */
  void flush() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new LogStorageException("cannot fsync " + file + ": " + e.getMessage(), e);
    }
  }

  /** Cuts the file to {@code newSize} bytes and forces the change to disk. */
  void truncateTo(long newSize) {
    try {
      channel.truncate(newSize);
      channel.force(true);
      size = newSize;
    } catch (IOException e) {
      throw new LogStorageException("cannot truncate " + file + " to " + newSize + " bytes: " + e.getMessage(), e);
    }
  }

  /** Reads up to {@code length} bytes at {@code position} (fewer at the end of the file). */
  ByteBuffer readAt(long position, int length) {
    return readAt(position, length, null);
  }

  /** As {@link #readAt(long, int)}, into {@code scratch} if it holds {@code length} bytes, else into a new buffer. */
  private ByteBuffer readAt(long position, int length, ByteBuffer scratch) {
    ByteBuffer buf;
    if (scratch != null && scratch.capacity() >= length) {
      buf = scratch.clear().limit(length);
    } else {
      buf = ByteBuffer.allocate(length);
    }
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
      throw new LogStorageException("cannot read " + length + " bytes of " + file + " at position " + position
          + ": " + e.getMessage(), e);
    }
    buf.flip();
    return buf;
  }

  /**
   * Reads whole batches from {@code position}: about {@code maxBytes}, at least the first batch,
   * never past {@code limit}. The buffer's limit is at the end of the last whole batch; framing and
   * CRC are checked by the caller ({@link RecordBatch}).
   */
  ByteBuffer readBatches(long position, int maxBytes, long limit) {
    return readBatches(position, maxBytes, limit, null);
  }

  /**
   * As {@link #readBatches(long, int, long)}, reading into {@code scratch} (cleared first) when the
   * bytes fit in it, so a reader that keeps one buffer allocates nothing per read. The result is
   * {@code scratch} itself or, if it was null or too small, a new buffer of exactly the size needed;
   * either way it is only valid until the caller reuses {@code scratch}.
   */
  ByteBuffer readBatches(long position, int maxBytes, long limit, ByteBuffer scratch) {
    long available = limit - position;
    if (available <= 0) {
      return ByteBuffer.allocate(0);
    }
    int want = (int) Math.min(Math.max(maxBytes, HEADER_SIZE), available);
    ByteBuffer buf = readAt(position, want, scratch);
    if (buf.limit() >= HEADER_SIZE) {
      int first = RecordBatch.storedLength(buf, 0);
      if (first > buf.limit() && first <= available) {
        return readAt(position, first, scratch);
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
   * Walks batch headers from {@code start} (a batch boundary) to find the first batch whose last
   * offset is {@code >= targetOffset}, reading only small chunks: the read that follows checks the
   * found batch's CRC, so a damaged header here still ends in a {@link CorruptRecordException}.
   *
   * @return its position, or -1 if no batch below {@code limit} qualifies
   */
  long findBatch(long start, long limit, long targetOffset) {
    long pos = start;
    ByteBuffer buf = null;
    long bufStart = 0;
    while (pos < limit) {
      if (limit - pos < HEADER_SIZE) {
        throw new CorruptRecordException("truncated batch header in " + file + " at position " + pos + ": "
            + (limit - pos) + " bytes left, a header needs " + HEADER_SIZE);
      }
      if (buf == null || pos + HEADER_SIZE > bufStart + buf.limit()) {
        buf = readAt(pos, (int) Math.min(HEADER_SCAN_CHUNK_BYTES, limit - pos));
        bufStart = pos;
      }
      int off = (int) (pos - bufStart);
      int length = buf.getInt(off + RecordBatchEncoder.LENGTH_OFFSET);
      if (length <= HEADER_SIZE || length > limit - pos) {
        throw new CorruptRecordException("invalid batch length " + length + " in " + file + " at position " + pos
            + ": must be between " + (HEADER_SIZE + 1) + " and the " + (limit - pos) + " bytes available");
      }
      long lastOffset = buf.getLong(off + RecordBatchEncoder.BASE_OFFSET_OFFSET)
          + buf.getInt(off + RecordBatchEncoder.LAST_OFFSET_DELTA_OFFSET);
      if (lastOffset >= targetOffset) {
        return pos;
      }
      pos += length;
    }
    return -1;
  }

  /**
   * Visits the batches in {@code [start, limit)} in order, framed but not CRC-checked, with their
   * file positions, reading in large chunks; stops when the visitor returns false.
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
        throw new CorruptRecordException("truncated batch header in " + file + " at position " + pos + ": "
            + remainingInFile + " bytes left, a header needs " + HEADER_SIZE);
      }
      int len = RecordBatch.storedLength(buf, off);
      if (len > HEADER_SIZE && off + len > buf.limit() && len <= remainingInFile) {
        buf = readAt(pos, (int) Math.min(Math.max(SCAN_CHUNK_BYTES, len), remainingInFile));
        bufStart = pos;
        off = 0;
      }
      RecordBatch batch = RecordBatch.frame(buf.duplicate().position(off), file, pos);
      if (!visitor.visit(batch, pos)) {
        return;
      }
      pos += batch.sizeInBytes();
    }
  }

  /** Renames the file; the open channel keeps working. */
  void renameTo(Path target) {
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      file = target;
    } catch (IOException e) {
      throw new LogStorageException("cannot rename " + file + " to " + target + ": " + e.getMessage(), e);
    }
  }

  void close() {
    closeQuietly(channel, file);
  }

  /** Closes the channel and deletes the file under its current name. */
  void closeAndDelete() {
    close();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new LogStorageException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FileChannel ch, Path file) {
    try {
      ch.close();
    } catch (IOException e) {
      // Nothing is lost: the data was written (and fsynced where the policy asks) before close.
      LOG.warn("Failed to close {}: {}", file, e.toString());
    }
  }

  /** Receives batches from {@link #forEachBatch}; returns false to stop. */
  @FunctionalInterface
  interface BatchVisitor {
    boolean visit(RecordBatch batch, long position);
  }
}
