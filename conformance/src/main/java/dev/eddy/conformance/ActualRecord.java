package dev.eddy.conformance;

import java.nio.charset.StandardCharsets;

/**
 * A record read back from a topic, with its key and value bytes (null for no key or a
 * tombstone).
 */
public record ActualRecord(int partition, long offset, Long timestamp, byte[] key, byte[] value) {

  /** Test shorthand: key and value given as UTF-8 text. */
  static ActualRecord ofText(int partition, long offset, Long timestamp, String key, String value) {
    return new ActualRecord(partition, offset, timestamp, utf8(key), utf8(value));
  }

  private static byte[] utf8(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }
}
