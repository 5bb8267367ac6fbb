package dev.eddy.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A record read back from a topic, with its key and value bytes (null for no key or a
 * tombstone).
 */
public record ActualRecord(int partition, long offset, Long timestamp, byte[] key, byte[] value) {

  /**
   * Recovers bytes from PRINT's rendering: printable UTF-8 is shown as text, anything else as
   * {@code base64:...}, and null bytes as the text {@code null}.
   */
  static byte[] fromPrinted(String text) {
    if (text == null || text.equals("null")) {
      return null;
    }
    if (text.startsWith("base64:")) {
      return Base64.getDecoder().decode(text.substring("base64:".length()));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Test shorthand: key and value given as UTF-8 text. */
  static ActualRecord ofText(int partition, long offset, Long timestamp, String key, String value) {
    return new ActualRecord(partition, offset, timestamp, utf8(key), utf8(value));
  }

  private static byte[] utf8(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }
}
