package dev.eddy.engine.format;

import java.nio.ByteBuffer;

/**
 * Windowed record keys exactly as Kafka Streams (and so ksqlDB) writes them, so a windowed
 * table's topic reads the same in both: the serialized key, then for a time window (tumbling,
 * hopping) its start as an 8-byte big-endian long, or for a session window its end and then
 * its start. A time window's end is not stored: readers add the window size.
 */
public final class WindowedKeys {

  private static final int TIME_SUFFIX = Long.BYTES;
  private static final int SESSION_SUFFIX = 2 * Long.BYTES;

  private WindowedKeys() {}

  /** A windowed key's parts. {@code end} is derived from the size for time windows. */
  public record Windowed(byte[] key, long start, long end) {}

  public static byte[] encode(byte[] key, boolean session, long start, long end) {
    byte[] inner = key == null ? new byte[0] : key;
    ByteBuffer out = ByteBuffer.allocate(inner.length + (session ? SESSION_SUFFIX : TIME_SUFFIX));
    out.put(inner);
    if (session) {
      out.putLong(end);
    }
    out.putLong(start);
    return out.array();
  }

  /**
   * Splits a windowed key.
   *
   * @param windowSize the size of a time window, to derive its end; ignored for sessions
   * @throws FormatException if the bytes are too short to hold the window
   */
  public static Windowed decode(byte[] bytes, boolean session, long windowSize) {
    int suffix = session ? SESSION_SUFFIX : TIME_SUFFIX;
    if (bytes == null || bytes.length < suffix) {
      throw new FormatException("A windowed key needs at least " + suffix + " bytes, got "
          + (bytes == null ? "none" : bytes.length));
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] key = new byte[bytes.length - suffix];
    in.get(key);
    if (session) {
      long end = in.getLong();
      return new Windowed(key, in.getLong(), end);
    }
    long start = in.getLong();
    return new Windowed(key, start, start + windowSize);
  }
}
