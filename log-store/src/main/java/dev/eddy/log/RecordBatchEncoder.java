package dev.eddy.log;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Encodes records into a record batch, the unit of append, storage, CRC and visibility.
 *
 * <h2>Batch layout (all integers big-endian)</h2>
 * <pre>
 *   offset  size  field
 *   0       4     crc              CRC32C of bytes [LENGTH_OFFSET, length): everything after this field
 *   4       4     length           size of the whole batch in bytes, this header included
 *   8       1     magic            format version, {@value #MAGIC}
 *   9       2     attributes       reserved, 0
 *   11      8     baseOffset       offset of the batch's first record
 *   19      4     lastOffsetDelta  last record's offset minus baseOffset
 *   23      8     firstTimestamp   timestamp of the first record (ms)
 *   31      8     maxTimestamp     largest record timestamp in the batch (ms)
 *   39      4     recordCount      number of records, &ge; 1
 *   43      ...   records          recordCount records, layout below
 * </pre>
 *
 * <h2>Record layout (varint = zig-zag variable-length, see {@link Varints})</h2>
 * <pre>
 *   length          varint  bytes of the record after this field
 *   attributes      int8    reserved, 0
 *   timestampDelta  varlong timestamp minus the batch's firstTimestamp
 *   offsetDelta     varint  offset minus the batch's baseOffset (compaction leaves gaps)
 *   keyLength       varint  -1 for a null key
 *   key             bytes
 *   valueLength     varint  -1 for a null value (a tombstone)
 *   value           bytes
 *   headerCount     varint
 *   headers         per header: keyLength varint, key UTF-8, valueLength varint (-1 = null), value
 * </pre>
 *
 * <h2>Why the CRC covers what it covers</h2>
 * The CRC sits first and covers every other byte of the batch, the length and base offset
 * included. Unlike Kafka, Eddy never rewrites a stored batch's offsets (compaction keeps them), so
 * there is no reason to leave a field out, and covering the length and base offset means a torn or
 * scribbled write anywhere in a batch fails the check: recovery truncates there instead of
 * accepting a batch whose framing or offsets are wrong. A wrong length makes the CRC run over the
 * wrong bytes, so it fails too (besides the bounds check on the length itself).
 *
 * <p>Not thread-safe: a partition's appender holds one encoder and uses it under the append
 * lock. The encoder reuses one direct buffer, so an append costs one {@code FileChannel.write}
 * and no per-record allocation beyond header-key bytes.
 */
final class RecordBatchEncoder {

  static final byte MAGIC = 1;

  static final int CRC_OFFSET = 0;
  static final int CRC_LENGTH = 4;
  static final int LENGTH_OFFSET = CRC_OFFSET + CRC_LENGTH;
  static final int LENGTH_LENGTH = 4;
  static final int MAGIC_OFFSET = LENGTH_OFFSET + LENGTH_LENGTH;
  static final int MAGIC_LENGTH = 1;
  static final int ATTRIBUTES_OFFSET = MAGIC_OFFSET + MAGIC_LENGTH;
  static final int ATTRIBUTES_LENGTH = 2;
  static final int BASE_OFFSET_OFFSET = ATTRIBUTES_OFFSET + ATTRIBUTES_LENGTH;
  static final int BASE_OFFSET_LENGTH = 8;
  static final int LAST_OFFSET_DELTA_OFFSET = BASE_OFFSET_OFFSET + BASE_OFFSET_LENGTH;
  static final int LAST_OFFSET_DELTA_LENGTH = 4;
  static final int FIRST_TIMESTAMP_OFFSET = LAST_OFFSET_DELTA_OFFSET + LAST_OFFSET_DELTA_LENGTH;
  static final int FIRST_TIMESTAMP_LENGTH = 8;
  static final int MAX_TIMESTAMP_OFFSET = FIRST_TIMESTAMP_OFFSET + FIRST_TIMESTAMP_LENGTH;
  static final int MAX_TIMESTAMP_LENGTH = 8;
  static final int RECORD_COUNT_OFFSET = MAX_TIMESTAMP_OFFSET + MAX_TIMESTAMP_LENGTH;
  static final int RECORD_COUNT_LENGTH = 4;
  static final int RECORDS_OFFSET = RECORD_COUNT_OFFSET + RECORD_COUNT_LENGTH;
  static final int HEADER_SIZE = RECORDS_OFFSET;

  /** Buffers above this size are not kept between appends, so one huge batch does not pin memory. */
  private static final int MAX_RETAINED_BUFFER = 8 << 20;

  private final CRC32C crc = new CRC32C();
  private static final int INITIAL_BUFFER = 64 << 10;

  /** Allocated on first use: a store may hold thousands of partitions that are never appended to. */
  private ByteBuffer buffer;
  private int[] bodySizes = new int[256];

  private List<Record> prepared;
  private int[] preparedOffsetDeltas;
  private int preparedSize;
  private long firstTimestamp;
  private long maxTimestamp;

  /**
   * Sizes a batch of {@code records} and remembers them for {@link #encode(long)}.
   *
   * @param offsetDeltas each record's offset minus the base offset, or null for consecutive offsets
   * @return the encoded batch size in bytes
   */
  int prepare(List<Record> records, int[] offsetDeltas) {
    int n = records.size();
    if (n == 0) {
      throw new IllegalArgumentException("a batch needs at least one record");
    }
    if (bodySizes.length < n) {
      bodySizes = new int[Math.max(n, bodySizes.length * 2)];
    }
    long first = records.get(0).timestamp();
    long max = Long.MIN_VALUE;
    long size = HEADER_SIZE;
    for (int i = 0; i < n; i++) {
      Record r = records.get(i);
      long ts = r.timestamp();
      max = Math.max(max, ts);
      int delta = offsetDeltas == null ? i : offsetDeltas[i];
      int body = bodySize(r, ts - first, delta);
      bodySizes[i] = body;
      size += Varints.sizeOfInt(body) + body;
    }
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("batch of " + n + " records is " + size + " bytes, more than the 2 GiB a batch can hold");
    }
    prepared = records;
    preparedOffsetDeltas = offsetDeltas;
    preparedSize = (int) size;
    firstTimestamp = first;
    maxTimestamp = max;
    return preparedSize;
  }

  /** The largest timestamp of the prepared records. */
  long preparedMaxTimestamp() {
    return maxTimestamp;
  }

  /**
   * Encodes the records of the last {@link #prepare} with the given base offset.
   *
   * @return a buffer holding exactly the batch (position 0, limit = size), valid until the next call
   */
  ByteBuffer encode(long baseOffset) {
    List<Record> records = prepared;
    int n = records.size();
    ByteBuffer buf = bufferFor(preparedSize);
    int lastDelta = preparedOffsetDeltas == null ? n - 1 : preparedOffsetDeltas[n - 1];
    buf.position(MAGIC_OFFSET);
    buf.put(MAGIC);
    buf.putShort((short) 0);
    buf.putLong(baseOffset);
    buf.putInt(lastDelta);
    buf.putLong(firstTimestamp);
    buf.putLong(maxTimestamp);
    buf.putInt(n);
    for (int i = 0; i < n; i++) {
      Record r = records.get(i);
      Varints.writeInt(buf, bodySizes[i]);
      buf.put((byte) 0);
      Varints.writeLong(buf, r.timestamp() - firstTimestamp);
      Varints.writeInt(buf, preparedOffsetDeltas == null ? i : preparedOffsetDeltas[i]);
      writeBytes(buf, r.key());
      writeBytes(buf, r.value());
      List<Header> headers = r.headers();
      Varints.writeInt(buf, headers.size());
      for (Header h : headers) {
        writeBytes(buf, h.key().getBytes(StandardCharsets.UTF_8));
        writeBytes(buf, h.value());
      }
    }
    if (buf.position() != preparedSize) {
      throw new IllegalStateException("encoded " + buf.position() + " bytes but sized " + preparedSize
          + "; were the records changed between prepare and encode?");
    }
    buf.putInt(LENGTH_OFFSET, preparedSize);
    crc.reset();
    buf.position(LENGTH_OFFSET).limit(preparedSize);
    crc.update(buf);
    buf.putInt(CRC_OFFSET, (int) crc.getValue());
    buf.position(0).limit(preparedSize);
    prepared = null;
    return buf;
  }

  private ByteBuffer bufferFor(int size) {
    if (buffer == null) {
      buffer = ByteBuffer.allocateDirect(INITIAL_BUFFER);
    }
    if (buffer.capacity() < size) {
      ByteBuffer bigger = ByteBuffer.allocateDirect(Math.max(size, Math.min(buffer.capacity() * 2, MAX_RETAINED_BUFFER)));
      if (bigger.capacity() <= MAX_RETAINED_BUFFER) {
        buffer = bigger;
      }
      bigger.order(ByteOrder.BIG_ENDIAN).clear();
      return bigger;
    }
    buffer.clear();
    return buffer;
  }

  private static int bodySize(Record r, long timestampDelta, int offsetDelta) {
    int size = 1 + Varints.sizeOfLong(timestampDelta) + Varints.sizeOfInt(offsetDelta)
        + sizeOfBytes(r.key()) + sizeOfBytes(r.value());
    List<Header> headers = r.headers();
    size += Varints.sizeOfInt(headers.size());
    for (Header h : headers) {
      size += sizeOfBytes(h.key().getBytes(StandardCharsets.UTF_8)) + sizeOfBytes(h.value());
    }
    return size;
  }

  private static int sizeOfBytes(byte[] bytes) {
    return bytes == null ? Varints.sizeOfInt(-1) : Varints.sizeOfInt(bytes.length) + bytes.length;
  }

  private static void writeBytes(ByteBuffer buf, byte[] bytes) {
    if (bytes == null) {
      Varints.writeInt(buf, -1);
    } else {
      Varints.writeInt(buf, bytes.length);
      buf.put(bytes);
    }
  }
}
