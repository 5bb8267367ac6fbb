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
 * lock. {@link #prepare} encodes the records in one pass into a reusable heap array (varints and
 * bodies written straight into it, no per-byte buffer calls); {@link #encode} only fills in the
 * header and CRC, so an append costs one {@code FileChannel.write} and no per-record allocation
 * beyond header-key bytes.
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
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_BATCH_BYTES = Integer.MAX_VALUE - 8;
  private static final int INITIAL_BUFFER = 64 << 10;
  /** Room for the longest record length varint. */
  private static final int MAX_INT_VARINT = 5;

  private final CRC32C crc = new CRC32C();

  /** Allocated on first use: a store may hold thousands of partitions that are never appended to. */
  private byte[] buffer;
  /** A big-endian view of {@link #buffer} for the header fields. */
  private ByteBuffer view;

  private int preparedCount;
  private int preparedLastDelta;
  private int preparedSize = -1;
  private long firstTimestamp;
  private long maxTimestamp;

  /**
   * Encodes the records of a batch (all but the header) and remembers them for
   * {@link #encode(long)}. The records' arrays are read here, not later.
   *
   * @param offsetDeltas each record's offset minus the base offset, or null for consecutive offsets
   * @return the encoded batch size in bytes
   */
  int prepare(List<Record> records, int[] offsetDeltas) {
    int n = records.size();
    if (n == 0) {
      throw new IllegalArgumentException("a batch needs at least one record");
    }
    preparedSize = -1;
    long first = records.get(0).timestamp();
    long max = Long.MIN_VALUE;
    byte[] b = bufferFor(HEADER_SIZE + n * 16L, n);
    int at = HEADER_SIZE;
    for (int i = 0; i < n; i++) {
      Record r = records.get(i);
      long ts = r.timestamp();
      max = Math.max(max, ts);
      long timestampDelta = ts - first;
      int delta = offsetDeltas == null ? i : offsetDeltas[i];
      byte[] key = r.key();
      byte[] value = r.value();
      List<Header> headers = r.headers();
      int headerCount = headers.size();
      byte[][] headerKeys = headerCount == 0 ? null : new byte[headerCount][];
      long body = 1 + Varints.sizeOfLong(timestampDelta) + Varints.sizeOfInt(delta)
          + sizeOfBytes(key) + sizeOfBytes(value) + Varints.sizeOfInt(headerCount);
      for (int h = 0; h < headerCount; h++) {
        Header header = headers.get(h);
        headerKeys[h] = header.key().getBytes(StandardCharsets.UTF_8);
        body += sizeOfBytes(headerKeys[h]) + sizeOfBytes(header.value());
      }
      long end = at + MAX_INT_VARINT + body;
      if (body > Integer.MAX_VALUE || end > MAX_BATCH_BYTES) {
        throw new IllegalArgumentException("batch of " + n + " records is more than " + MAX_BATCH_BYTES
            + " bytes, more than the 2 GiB a batch can hold");
      }
      if (end > b.length) {
        b = bufferFor(end + (long) (n - i - 1) * 16, n);
      }
      at = Varints.writeInt(b, at, (int) body);
      b[at++] = 0; // attributes
      at = Varints.writeLong(b, at, timestampDelta);
      at = Varints.writeInt(b, at, delta);
      at = writeBytes(b, at, key);
      at = writeBytes(b, at, value);
      at = Varints.writeInt(b, at, headerCount);
      for (int h = 0; h < headerCount; h++) {
        at = writeBytes(b, at, headerKeys[h]);
        at = writeBytes(b, at, headers.get(h).value());
      }
    }
    preparedCount = n;
    preparedLastDelta = offsetDeltas == null ? n - 1 : offsetDeltas[n - 1];
    preparedSize = at;
    firstTimestamp = first;
    maxTimestamp = max;
    return preparedSize;
  }

  /** The largest timestamp of the prepared records. */
  long preparedMaxTimestamp() {
    return maxTimestamp;
  }

  /**
   * Completes the batch of the last {@link #prepare} with the given base offset: header and CRC.
   *
   * @return a buffer holding exactly the batch (position 0, limit = size), valid until the next call
   */
  ByteBuffer encode(long baseOffset) {
    if (preparedSize < 0) {
      throw new IllegalStateException("encode without a successful prepare");
    }
    int size = preparedSize;
    ByteBuffer buf = view;
    buf.clear();
    buf.putInt(LENGTH_OFFSET, size);
    buf.put(MAGIC_OFFSET, MAGIC);
    buf.putShort(ATTRIBUTES_OFFSET, (short) 0);
    buf.putLong(BASE_OFFSET_OFFSET, baseOffset);
    buf.putInt(LAST_OFFSET_DELTA_OFFSET, preparedLastDelta);
    buf.putLong(FIRST_TIMESTAMP_OFFSET, firstTimestamp);
    buf.putLong(MAX_TIMESTAMP_OFFSET, maxTimestamp);
    buf.putInt(RECORD_COUNT_OFFSET, preparedCount);
    crc.reset();
    crc.update(buffer, LENGTH_OFFSET, size - LENGTH_OFFSET);
    buf.putInt(CRC_OFFSET, (int) crc.getValue());
    buf.position(0).limit(size);
    preparedSize = -1;
    if (buffer.length > MAX_RETAINED_BUFFER) {
      // The returned view keeps the array alive until the caller is done; the next batch starts small.
      buffer = null;
      view = null;
    }
    return buf;
  }

  /** The buffer, holding at least {@code size} bytes, with the bytes written so far kept. */
  private byte[] bufferFor(long size, int records) {
    if (buffer == null) {
      buffer = new byte[(int) Math.min(MAX_BATCH_BYTES, Math.max(INITIAL_BUFFER, size))];
      view = ByteBuffer.wrap(buffer).order(ByteOrder.BIG_ENDIAN);
    } else if (buffer.length < size) {
      long grown = Math.max(size, (long) buffer.length * 2);
      buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(MAX_BATCH_BYTES, grown));
      view = ByteBuffer.wrap(buffer).order(ByteOrder.BIG_ENDIAN);
    }
    return buffer;
  }

  private static int sizeOfBytes(byte[] bytes) {
    return bytes == null ? Varints.sizeOfInt(-1) : Varints.sizeOfInt(bytes.length) + bytes.length;
  }

  private static int writeBytes(byte[] b, int at, byte[] bytes) {
    if (bytes == null) {
      return Varints.writeInt(b, at, -1);
    }
    at = Varints.writeInt(b, at, bytes.length);
    System.arraycopy(bytes, 0, b, at, bytes.length);
    return at + bytes.length;
  }
}
