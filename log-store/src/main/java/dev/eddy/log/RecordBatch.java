package dev.eddy.log;

import static dev.eddy.log.RecordBatchEncoder.BASE_OFFSET_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.CRC_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.FIRST_TIMESTAMP_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.HEADER_SIZE;
import static dev.eddy.log.RecordBatchEncoder.LAST_OFFSET_DELTA_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.LENGTH_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.MAGIC;
import static dev.eddy.log.RecordBatchEncoder.MAGIC_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.MAX_TIMESTAMP_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.RECORDS_OFFSET;
import static dev.eddy.log.RecordBatchEncoder.RECORD_COUNT_OFFSET;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A read-only view of one stored batch (layout in {@link RecordBatchEncoder}). Header getters read
 * the buffer directly; {@link #ensureValid()} checks the framing and CRC, and {@link #records}
 * decodes. The view remembers the file and position it came from so every error names them.
 */
final class RecordBatch {

  private final ByteBuffer buf;
  private final Path file;
  private final long filePosition;

  /**
   * @param buf holds the batch at {@code [buf.position(), buf.position() + size)}; the view slices it
   */
  private RecordBatch(ByteBuffer buf, Path file, long filePosition) {
    this.buf = buf;
    this.file = file;
    this.filePosition = filePosition;
  }

  /**
   * Frames the batch starting at {@code buf.position()}: checks that a header fits, that the
   * stored length is at least a header and fits in the remaining bytes. Does not check the CRC.
   *
   * @throws CorruptRecordException if the framing is broken
   */
  static RecordBatch frame(ByteBuffer buf, Path file, long filePosition) {
    int start = buf.position();
    int remaining = buf.remaining();
    if (remaining < HEADER_SIZE) {
      throw new CorruptRecordException("truncated batch header in " + file + " at position " + filePosition
          + ": " + remaining + " bytes left, a header needs " + HEADER_SIZE);
    }
    int length = buf.getInt(start + LENGTH_OFFSET);
    if (length < HEADER_SIZE + 1 || length > remaining) {
      throw new CorruptRecordException("invalid batch length " + length + " in " + file + " at position " + filePosition
          + ": must be between " + (HEADER_SIZE + 1) + " and the " + remaining + " bytes available");
    }
    ByteBuffer slice = buf.slice(start, length);
    return new RecordBatch(slice, file, filePosition);
  }

  /** The batch length stored at {@code buf}'s absolute {@code index}, unchecked. */
  static int storedLength(ByteBuffer buf, int index) {
    return buf.getInt(index + LENGTH_OFFSET);
  }

  int sizeInBytes() {
    return buf.limit();
  }

  long baseOffset() {
    return buf.getLong(BASE_OFFSET_OFFSET);
  }

  long lastOffset() {
    return baseOffset() + buf.getInt(LAST_OFFSET_DELTA_OFFSET);
  }

  long firstTimestamp() {
    return buf.getLong(FIRST_TIMESTAMP_OFFSET);
  }

  long maxTimestamp() {
    return buf.getLong(MAX_TIMESTAMP_OFFSET);
  }

  int recordCount() {
    return buf.getInt(RECORD_COUNT_OFFSET);
  }

  int storedCrc() {
    return buf.getInt(CRC_OFFSET);
  }

  int computeCrc() {
    CRC32C crc = new CRC32C();
    crc.update(buf.duplicate().position(LENGTH_OFFSET));
    return (int) crc.getValue();
  }

  /** The whole batch's bytes, as a read-only buffer positioned at 0. */
  ByteBuffer bytes() {
    return buf.asReadOnlyBuffer().position(0);
  }

  /**
   * Checks the CRC, magic byte and header sanity.
   *
   * @throws CorruptRecordException naming the file, position, and stored vs computed CRC
   */
  void ensureValid() {
    int stored = storedCrc();
    int computed = computeCrc();
    if (stored != computed) {
      throw new CorruptRecordException(String.format(
          "CRC mismatch in batch at position %d of %s: stored 0x%08x, computed 0x%08x (length %d)",
          filePosition, file, stored, computed, sizeInBytes()));
    }
    byte magic = buf.get(MAGIC_OFFSET);
    if (magic != MAGIC) {
      throw corrupt("unsupported magic byte " + magic + " (expected " + MAGIC + ")");
    }
    if (recordCount() < 1 || buf.getInt(LAST_OFFSET_DELTA_OFFSET) < 0 || baseOffset() < 0) {
      throw corrupt("invalid header: baseOffset " + baseOffset() + ", lastOffsetDelta "
          + buf.getInt(LAST_OFFSET_DELTA_OFFSET) + ", recordCount " + recordCount());
    }
  }

  /**
   * Decodes the records with offset {@code >= fromOffset} and appends them to {@code out}. Call
   * {@link #ensureValid()} first.
   *
   * @throws CorruptRecordException if the records do not parse (CRC-valid but malformed)
   */
  void readRecords(long fromOffset, List<LogRecord> out) {
    ByteBuffer in = buf.duplicate().position(RECORDS_OFFSET);
    long base = baseOffset();
    long firstTs = firstTimestamp();
    int count = recordCount();
    try {
      for (int i = 0; i < count; i++) {
        int length = Varints.readInt(in);
        int end = in.position() + length;
        if (length < 1 || end > in.limit()) {
          throw corrupt("record " + i + " has length " + length + " past the batch end");
        }
        in.get(); // attributes
        long timestamp = firstTs + Varints.readLong(in);
        long offset = base + Varints.readInt(in);
        if (offset < fromOffset) {
          in.position(end);
          continue;
        }
        byte[] key = readBytes(in);
        byte[] value = readBytes(in);
        int headerCount = Varints.readInt(in);
        List<Header> headers;
        if (headerCount == 0) {
          headers = List.of();
        } else {
          if (headerCount < 0 || headerCount > length) {
            throw corrupt("record " + i + " has header count " + headerCount);
          }
          List<Header> hs = new ArrayList<>(headerCount);
          for (int h = 0; h < headerCount; h++) {
            byte[] hk = readBytes(in);
            if (hk == null) {
              throw corrupt("record " + i + " has a null header key");
            }
            hs.add(new Header(new String(hk, StandardCharsets.UTF_8), readBytes(in)));
          }
          headers = List.copyOf(hs);
        }
        if (in.position() != end) {
          throw corrupt("record " + i + " decodes to " + (in.position() - end + length) + " bytes, its length says " + length);
        }
        out.add(new LogRecord(offset, timestamp, key, value, headers));
      }
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new CorruptRecordException("malformed record in batch at position " + filePosition + " of " + file
          + ": " + e, e);
    }
    if (in.position() != buf.limit()) {
      throw corrupt((buf.limit() - in.position()) + " bytes left over after " + count + " records");
    }
  }

  /**
   * Walks every record's framing without decoding keys, values or headers (recovery: a batch can
   * pass its CRC yet have been written by a buggy encoder).
   *
   * @throws CorruptRecordException if a record's framing is broken
   */
  void checkRecordFraming() {
    readRecords(Long.MAX_VALUE, List.of());
  }

  /** All records of the batch. */
  List<LogRecord> records() {
    List<LogRecord> out = new ArrayList<>(recordCount());
    readRecords(Long.MIN_VALUE, out);
    return out;
  }

  private static byte[] readBytes(ByteBuffer in) {
    int len = Varints.readInt(in);
    if (len == -1) {
      return null;
    }
    if (len < -1 || len > in.remaining()) {
      throw new IllegalArgumentException("byte-array length " + len + " with " + in.remaining() + " bytes left");
    }
    byte[] bytes = new byte[len];
    in.get(bytes);
    return bytes;
  }

  private CorruptRecordException corrupt(String what) {
    return new CorruptRecordException("corrupt batch at position " + filePosition + " of " + file + ": " + what);
  }
}
