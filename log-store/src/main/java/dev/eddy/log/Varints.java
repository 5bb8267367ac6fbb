package dev.eddy.log;

import java.nio.ByteBuffer;

/**
 * Zig-zag variable-length integers (as in protobuf and Kafka's record format): small magnitudes,
 * positive or negative, take one byte; -1 (a null length) takes one byte.
 */
final class Varints {

  private Varints() {}

  static int sizeOfInt(int value) {
    return sizeOfUnsigned(Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  static int sizeOfLong(long value) {
    return sizeOfUnsigned((value << 1) ^ (value >> 63));
  }

  private static int sizeOfUnsigned(long v) {
    // 7 payload bits per byte; the "| 1" makes zero take one byte.
    int bits = 64 - Long.numberOfLeadingZeros(v | 1);
    return (bits + 6) / 7;
  }

  static void writeInt(ByteBuffer buf, int value) {
    writeUnsigned(buf, Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  static void writeLong(ByteBuffer buf, long value) {
    writeUnsigned(buf, (value << 1) ^ (value >> 63));
  }

  private static void writeUnsigned(ByteBuffer buf, long v) {
    while ((v & ~0x7FL) != 0) {
      buf.put((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    buf.put((byte) v);
  }

  /** Writes {@code value} at {@code b[at]}; returns the index after it. The caller ensures room (at most 5 bytes). */
  static int writeInt(byte[] b, int at, int value) {
    return writeUnsigned(b, at, Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  /** Writes {@code value} at {@code b[at]}; returns the index after it. The caller ensures room (at most 10 bytes). */
  static int writeLong(byte[] b, int at, long value) {
    return writeUnsigned(b, at, (value << 1) ^ (value >> 63));
  }

  private static int writeUnsigned(byte[] b, int at, long v) {
    while ((v & ~0x7FL) != 0) {
      b[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[at++] = (byte) v;
    return at;
  }

  /** @throws IllegalArgumentException if the encoding runs past 5 bytes (caller turns it into a corruption error) */
  static int readInt(ByteBuffer buf) {
    long raw = readUnsigned(buf, 5);
    int v = (int) raw;
    return (v >>> 1) ^ -(v & 1);
  }

  static long readLong(ByteBuffer buf) {
    long v = readUnsigned(buf, 10);
    return (v >>> 1) ^ -(v & 1);
  }

  private static long readUnsigned(ByteBuffer buf, int maxBytes) {
    long value = 0;
    for (int i = 0; i < maxBytes; i++) {
      byte b = buf.get();
      value |= (long) (b & 0x7F) << (7 * i);
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint longer than " + maxBytes + " bytes");
  }
}
