package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.builtin.Bytes;
import dev.eddy.functions.api.UdfException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Conversions between strings and bytes in the encodings hex, utf8, ascii and base64. */
public final class EncodingFunctions {

  private EncodingFunctions() {}

  /** The four encodings ksqlDB supports, by their SQL names. */
  enum Encoding {
    HEX, UTF8, ASCII, BASE64;

    static Encoding of(String name, String function) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "hex": return HEX;
        case "utf8": return UTF8;
        case "ascii": return ASCII;
        case "base64": return BASE64;
        default:
          throw new UdfException(function + ": unsupported encoding '" + name
              + "'. Supported encodings are: hex, utf8, ascii and base64");
      }
    }

    byte[] decode(String s) {
      return switch (this) {
        case HEX -> HexFormat.of().parseHex(s.startsWith("0x") || s.startsWith("0X")
            ? s.substring(2) : s.length() % 2 == 1 ? "0" + s : s);
        case UTF8 -> s.getBytes(StandardCharsets.UTF_8);
        case ASCII -> s.getBytes(StandardCharsets.US_ASCII);
        case BASE64 -> Base64.getDecoder().decode(s);
      };
    }

    String encode(byte[] b) {
      return switch (this) {
        case HEX -> HexFormat.of().formatHex(b);
        case UTF8 -> new String(b, StandardCharsets.UTF_8);
        case ASCII -> new String(b, StandardCharsets.US_ASCII);
        case BASE64 -> Base64.getEncoder().encodeToString(b);
      };
    }
  }

  @UdfDescription(name = "ENCODE", category = FunctionCategory.STRING,
      description = "Re-encodes a string from one encoding (hex, utf8, ascii, base64) to another.")
  public static final class Encode {
    @Udf
    public String encode(@UdfParameter("input") String input,
        @UdfParameter("inputEncoding") String inputEncoding,
        @UdfParameter("outputEncoding") String outputEncoding) {
      if (input == null || inputEncoding == null || outputEncoding == null) {
        return null;
      }
      Encoding in = Encoding.of(inputEncoding, "ENCODE");
      Encoding out = Encoding.of(outputEncoding, "ENCODE");
      try {
        return out.encode(in.decode(input));
      } catch (IllegalArgumentException e) {
        throw new UdfException("ENCODE: '" + input + "' is not valid " + inputEncoding, e);
      }
    }
  }

  @UdfDescription(name = "TO_BYTES", category = FunctionCategory.CONVERSIONS,
      description = "Converts a string in an encoding (hex, utf8, ascii, base64) to bytes.")
  public static final class ToBytes {
    @Udf
    public ByteBuffer toBytes(@UdfParameter("input") String input,
        @UdfParameter("encoding") String encoding) {
      if (input == null || encoding == null) {
        return null;
      }
      try {
        return ByteBuffer.wrap(Encoding.of(encoding, "TO_BYTES").decode(input));
      } catch (IllegalArgumentException e) {
        throw new UdfException("TO_BYTES: '" + input + "' is not valid " + encoding, e);
      }
    }
  }

  @UdfDescription(name = "FROM_BYTES", category = FunctionCategory.CONVERSIONS,
      description = "Converts bytes to a string in an encoding (hex, utf8, ascii, base64).")
  public static final class FromBytes {
    @Udf
    public String fromBytes(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("encoding") String encoding) {
      if (bytes == null || encoding == null) {
        return null;
      }
      Encoding out = Encoding.of(encoding, "FROM_BYTES");
      String text = out.encode(Bytes.toArray(bytes));
      // ksqlDB's FROM_BYTES writes hex digits in upper case, where ENCODE writes lower case.
      return out == Encoding.HEX ? text.toUpperCase(Locale.ROOT) : text;
    }
  }
}
