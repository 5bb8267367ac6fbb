package dev.eddy.engine.processinglog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Renders record bytes for a human reading the processing log: UTF-8 text when the bytes are
 * valid UTF-8 without control characters (other than tab and line breaks), else
 * {@code base64:<...>} so binary keys stay unambiguous.
 */
public final class RecordText {

  private RecordText() {}

  /** The rendering, or null for null bytes. */
  public static String describe(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String text = decodeStrict(bytes);
    if (text != null && isPrintable(text)) {
      return text;
    }
    return "base64:" + Base64.getEncoder().encodeToString(bytes);
  }

  private static String decodeStrict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }

  private static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
