package dev.eddy.bench;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * The records every system under test is fed: the same keys, values and timestamps, generated
 * once before any clock starts so that no run is charged for making its input. Values are
 * random bytes, so nothing gains from compression.
 */
public final class Workload {

  public static final int KEY_BYTES = 8;

  private final byte[][] keys;
  private final byte[][] values;
  private final long timestamp;
  private final int valueBytes;
  private final int batchRecords;

  public Workload(int records, int valueBytes, int batchRecords, long seed) {
    this.keys = new byte[records][];
    this.values = new byte[records][];
    this.valueBytes = valueBytes;
    this.batchRecords = batchRecords;
    this.timestamp = System.currentTimeMillis();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < records; i++) {
      keys[i] = ByteBuffer.allocate(KEY_BYTES).putLong(i).array();
      values[i] = new byte[valueBytes];
      random.nextBytes(values[i]);
    }
  }

  public int size() {
    return keys.length;
  }

  public byte[] key(int i) {
    return keys[i];
  }

  public byte[] value(int i) {
    return values[i];
  }

  public long timestamp() {
    return timestamp;
  }

  public int valueBytes() {
    return valueBytes;
  }

  /** Records per append (Eddy) and per disk write chunk: one realistic producer batch. */
  public int batchRecords() {
    return batchRecords;
  }

  public int recordPayloadBytes() {
    return KEY_BYTES + valueBytes;
  }

  public long payloadBytes(long records) {
    return records * recordPayloadBytes();
  }

  /**
   * The records writer {@code writer} of {@code writers} sends when a run covers the first
   * {@code records}: contiguous, near-equal slices, so every writer has the same amount of work.
   */
  public Slice slice(long records, int writer, int writers) {
    if (records > size()) {
      throw new IllegalArgumentException(records + " records asked, " + size() + " generated");
    }
    long from = records * writer / writers;
    long to = records * (writer + 1) / writers;
    return new Slice((int) from, (int) to);
  }

  /** Record indexes [from, to). */
  public record Slice(int from, int to) {
    public int count() {
      return to - from;
    }
  }
}
