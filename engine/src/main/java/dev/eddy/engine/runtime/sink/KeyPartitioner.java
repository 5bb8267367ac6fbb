package dev.eddy.engine.runtime.sink;

/**
 * Picks a record's partition from its key bytes exactly as Kafka's default partitioner does
 * (murmur2, made positive, modulo the partition count), so a topic Eddy writes is partitioned
 * the way a Kafka producer — or ksqlDB — would partition it, and joins on co-partitioned topics
 * line up.
 */
public final class KeyPartitioner {

  private KeyPartitioner() {}

  public static int partition(byte[] key, int partitions) {
    return (murmur2(key) & 0x7fffffff) % partitions;
  }

  /** Kafka's 32-bit murmur2 variant (seed 0x9747b28c), little-endian 4-byte blocks. */
  @SuppressWarnings("fallthrough") // the tail bytes accumulate, as in the reference
  static int murmur2(byte[] data) {
    final int m = 0x5bd1e995;
    final int r = 24;
    int length = data.length;
    int h = 0x9747b28c ^ length;
    int blocks = length / 4;
    for (int i = 0; i < blocks; i++) {
      int offset = i * 4;
      int k = (data[offset] & 0xff)
          | ((data[offset + 1] & 0xff) << 8)
          | ((data[offset + 2] & 0xff) << 16)
          | ((data[offset + 3] & 0xff) << 24);
      k *= m;
      k ^= k >>> r;
      k *= m;
      h *= m;
      h ^= k;
    }
    int tail = length & ~3;
    switch (length % 4) {
      case 3:
        h ^= (data[tail + 2] & 0xff) << 16;
        // fall through
      case 2:
        h ^= (data[tail + 1] & 0xff) << 8;
        // fall through
      case 1:
        h ^= data[tail] & 0xff;
        h *= m;
        break;
      default:
        break;
    }
    h ^= h >>> 13;
    h *= m;
    h ^= h >>> 15;
    return h;
  }
}
