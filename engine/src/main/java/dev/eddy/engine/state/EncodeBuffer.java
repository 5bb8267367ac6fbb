package dev.eddy.engine.state;

import java.util.Arrays;

/**
 * The bytes of one value being encoded, big-endian as {@link java.io.DataOutputStream} writes
 * them, in a plain growable array. A commit encodes every changed key and value of a task's
 * stores; a {@code DataOutputStream} over a {@code ByteArrayOutputStream} took a lock for every
 * byte of an int and began each value at 32 bytes, growing it by copies. Not thread-safe: each
 * task thread reuses its own.
 */
final class EncodeBuffer {

  /** A buffer grown past this by one large value is not kept for the next. */
  private static final int KEPT_CAPACITY = 64 * 1024;

  private static final ThreadLocal<EncodeBuffer> PER_THREAD = ThreadLocal.withInitial(EncodeBuffer::new);

  private byte[] bytes = new byte[256];
  private int size;

  /** This thread's buffer, emptied. */
  static EncodeBuffer forThread() {
    EncodeBuffer buffer = PER_THREAD.get();
    if (buffer.bytes.length > KEPT_CAPACITY) {
      buffer = new EncodeBuffer();
      PER_THREAD.set(buffer);
    }
    buffer.size = 0;
    return buffer;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeByte(int v) {
    ensure(1);
    bytes[size++] = (byte) v;
  }

  void writeShort(int v) {
    ensure(2);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  void writeInt(int v) {
    ensure(4);
    bytes[size++] = (byte) (v >>> 24);
    bytes[size++] = (byte) (v >>> 16);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  void writeLong(long v) {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeFloat(float v) {
    writeInt(Float.floatToIntBits(v));
  }

  void writeDouble(double v) {
    writeLong(Double.doubleToLongBits(v));
  }

  void write(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
