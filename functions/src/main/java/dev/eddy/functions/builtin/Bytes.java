package dev.eddy.functions.builtin;

import java.nio.ByteBuffer;

/** ByteBuffer helpers: BYTES values are read without disturbing the caller's buffer position. */
public final class Bytes {

  private Bytes() {}

  /** The remaining bytes of a buffer, copied. */
  public static byte[] toArray(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  public static ByteBuffer wrap(byte[] bytes) {
    return ByteBuffer.wrap(bytes);
  }
}
