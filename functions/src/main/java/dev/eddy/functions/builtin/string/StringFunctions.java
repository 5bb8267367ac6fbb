package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.builtin.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Basic string and bytes functions. Unless a function says otherwise, a NULL argument gives a
 * NULL result, as in ksqlDB. Positions are 1-based.
 */
public final class StringFunctions {

  private StringFunctions() {}

  @UdfDescription(name = "CONCAT", category = FunctionCategory.STRING,
      description = "Concatenates strings or bytes; NULL inputs count as empty.")
  public static final class Concat {
    @Udf(description = "Concatenates strings.")
    public String concat(@UdfParameter("inputs") String... inputs) {
      StringBuilder sb = new StringBuilder();
      for (String s : inputs) {
        if (s != null) {
          sb.append(s);
        }
      }
      return sb.toString();
    }

    @Udf(description = "Concatenates bytes.")
    public ByteBuffer concat(@UdfParameter("inputs") ByteBuffer... inputs) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (ByteBuffer b : inputs) {
        if (b != null) {
          out.writeBytes(Bytes.toArray(b));
        }
      }
      return ByteBuffer.wrap(out.toByteArray());
    }
  }

  @UdfDescription(name = "CONCAT_WS", category = FunctionCategory.STRING,
      description = "Concatenates strings or bytes with a separator between them, skipping"
          + " NULLs. Returns NULL if the separator is NULL.")
  public static final class ConcatWs {
    @Udf
    public String concatWs(@UdfParameter("separator") String separator,
        @UdfParameter("inputs") String... inputs) {
      if (separator == null) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      for (String s : inputs) {
        if (s != null) {
          if (any) {
            sb.append(separator);
          }
          sb.append(s);
          any = true;
        }
      }
      return sb.toString();
    }

    @Udf
    public ByteBuffer concatWs(@UdfParameter("separator") ByteBuffer separator,
        @UdfParameter("inputs") ByteBuffer... inputs) {
      if (separator == null) {
        return null;
      }
      byte[] sep = Bytes.toArray(separator);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean any = false;
      for (ByteBuffer b : inputs) {
        if (b != null) {
          if (any) {
            out.writeBytes(sep);
          }
          out.writeBytes(Bytes.toArray(b));
          any = true;
        }
      }
      return ByteBuffer.wrap(out.toByteArray());
    }
  }

  @UdfDescription(name = "SUBSTRING", category = FunctionCategory.STRING,
      description = "The part of a string or bytes from a 1-based position, optionally of a"
          + " given length. A negative position counts from the end.")
  public static final class Substring {
    @Udf
    public String substring(@UdfParameter("str") String str, @UdfParameter("pos") Integer pos) {
      if (str == null || pos == null) {
        return null;
      }
      return str.substring(start(str.length(), pos));
    }

    @Udf
    public String substring(@UdfParameter("str") String str, @UdfParameter("pos") Integer pos,
        @UdfParameter("length") Integer length) {
      if (str == null || pos == null || length == null) {
        return null;
      }
      int start = start(str.length(), pos);
      return str.substring(start, end(str.length(), start, length));
    }

    @Udf
    public ByteBuffer substring(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("pos") Integer pos) {
      if (bytes == null || pos == null) {
        return null;
      }
      byte[] b = Bytes.toArray(bytes);
      return ByteBuffer.wrap(java.util.Arrays.copyOfRange(b, start(b.length, pos), b.length));
    }

    @Udf
    public ByteBuffer substring(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("pos") Integer pos, @UdfParameter("length") Integer length) {
      if (bytes == null || pos == null || length == null) {
        return null;
      }
      byte[] b = Bytes.toArray(bytes);
      int start = start(b.length, pos);
      return ByteBuffer.wrap(java.util.Arrays.copyOfRange(b, start, end(b.length, start, length)));
    }

    private static int start(int length, int pos) {
      return pos < 0 ? Math.max(length + pos, 0) : Math.max(Math.min(pos - 1, length), 0);
    }

    private static int end(int length, int start, int count) {
      return (int) Math.max(Math.min((long) start + count, length), start);
    }
  }

  @UdfDescription(name = "LEN", category = FunctionCategory.STRING,
      description = "The length of a string in characters, or of bytes in bytes.")
  public static final class Len {
    @Udf
    public Integer len(@UdfParameter("input") String input) {
      return input == null ? null : input.length();
    }

    @Udf
    public Integer len(@UdfParameter("input") ByteBuffer input) {
      return input == null ? null : input.remaining();
    }
  }

  @UdfDescription(name = "LCASE", category = FunctionCategory.STRING,
      description = "Converts a string to lower case.")
  public static final class Lcase {
    @Udf
    public String lcase(@UdfParameter("input") String input) {
      return input == null ? null : input.toLowerCase(Locale.ROOT);
    }
  }

  @UdfDescription(name = "UCASE", category = FunctionCategory.STRING,
      description = "Converts a string to upper case.")
  public static final class Ucase {
    @Udf
    public String ucase(@UdfParameter("input") String input) {
      return input == null ? null : input.toUpperCase(Locale.ROOT);
    }
  }

  @UdfDescription(name = "TRIM", category = FunctionCategory.STRING,
      description = "Removes whitespace from both ends of a string.")
  public static final class Trim {
    @Udf
    public String trim(@UdfParameter("input") String input) {
      return input == null ? null : input.trim();
    }
  }

  @UdfDescription(name = "LTRIM", category = FunctionCategory.STRING,
      description = "Removes whitespace from the start of a string.")
  public static final class Ltrim {
    @Udf
    public String ltrim(@UdfParameter("input") String input) {
      if (input == null) {
        return null;
      }
      int i = 0;
      while (i < input.length() && input.charAt(i) <= ' ') {
        i++;
      }
      return input.substring(i);
    }
  }

  @UdfDescription(name = "RTRIM", category = FunctionCategory.STRING,
      description = "Removes whitespace from the end of a string.")
  public static final class Rtrim {
    @Udf
    public String rtrim(@UdfParameter("input") String input) {
      if (input == null) {
        return null;
      }
      int end = input.length();
      while (end > 0 && input.charAt(end - 1) <= ' ') {
        end--;
      }
      return input.substring(0, end);
    }
  }

  @UdfDescription(name = "LPAD", category = FunctionCategory.STRING,
      description = "Pads a string or bytes on the left with a padding repeated up to a length;"
          + " truncates longer input. NULL if the padding is empty or NULL or the length"
          + " negative.")
  public static final class Lpad {
    @Udf
    public String lpad(@UdfParameter("input") String input, @UdfParameter("length") Integer length,
        @UdfParameter("padding") String padding) {
      if (input == null || padding == null || padding.isEmpty() || length == null || length < 0) {
        return null;
      }
      return Padding.pad(input, length, padding, true);
    }

    @Udf
    public ByteBuffer lpad(@UdfParameter("input") ByteBuffer input,
        @UdfParameter("length") Integer length, @UdfParameter("padding") ByteBuffer padding) {
      if (input == null || padding == null || !padding.hasRemaining() || length == null
          || length < 0) {
        return null;
      }
      return ByteBuffer.wrap(Padding.pad(Bytes.toArray(input), length, Bytes.toArray(padding), true));
    }
  }

  @UdfDescription(name = "RPAD", category = FunctionCategory.STRING,
      description = "Pads a string or bytes on the right with a padding repeated up to a length;"
          + " truncates longer input. NULL if the padding is empty or NULL or the length"
          + " negative.")
  public static final class Rpad {
    @Udf
    public String rpad(@UdfParameter("input") String input, @UdfParameter("length") Integer length,
        @UdfParameter("padding") String padding) {
      if (input == null || padding == null || padding.isEmpty() || length == null || length < 0) {
        return null;
      }
      return Padding.pad(input, length, padding, false);
    }

    @Udf
    public ByteBuffer rpad(@UdfParameter("input") ByteBuffer input,
        @UdfParameter("length") Integer length, @UdfParameter("padding") ByteBuffer padding) {
      if (input == null || padding == null || !padding.hasRemaining() || length == null
          || length < 0) {
        return null;
      }
      return ByteBuffer.wrap(Padding.pad(Bytes.toArray(input), length, Bytes.toArray(padding), false));
    }
  }

  /** Shared by LPAD and RPAD. */
  static final class Padding {
    private Padding() {}

    static String pad(String input, int length, String padding, boolean left) {
      if (input.length() >= length) {
        return input.substring(0, length);
      }
      StringBuilder pad = new StringBuilder(length);
      while (pad.length() < length - input.length()) {
        pad.append(padding);
      }
      pad.setLength(length - input.length());
      return left ? pad + input : input + pad;
    }

    static byte[] pad(byte[] input, int length, byte[] padding, boolean left) {
      if (input.length >= length) {
        return java.util.Arrays.copyOf(input, length);
      }
      byte[] out = new byte[length];
      int padCount = length - input.length;
      int padStart = left ? 0 : input.length;
      System.arraycopy(input, 0, out, left ? padCount : 0, input.length);
      for (int i = 0; i < padCount; i++) {
        out[padStart + i] = padding[i % padding.length];
      }
      return out;
    }
  }

  @UdfDescription(name = "REPLACE", category = FunctionCategory.STRING,
      description = "Replaces every occurrence of a substring with another string.")
  public static final class Replace {
    @Udf
    public String replace(@UdfParameter("str") String str, @UdfParameter("substring") String target,
        @UdfParameter("replacement") String replacement) {
      if (str == null || target == null || replacement == null) {
        return null;
      }
      return str.replace(target, replacement);
    }
  }

  @UdfDescription(name = "INSTR", category = FunctionCategory.STRING,
      description = "The 1-based position of the n-th occurrence of a substring, searching from"
          + " a position (from the end if negative); 0 if not found.")
  public static final class Instr {
    @Udf
    public Integer instr(@UdfParameter("str") String str, @UdfParameter("substring") String sub) {
      return instr(str, sub, 1, 1);
    }

    @Udf
    public Integer instr(@UdfParameter("str") String str, @UdfParameter("substring") String sub,
        @UdfParameter("position") Integer position) {
      return instr(str, sub, position, 1);
    }

    @Udf
    public Integer instr(@UdfParameter("str") String str, @UdfParameter("substring") String sub,
        @UdfParameter("position") Integer position,
        @UdfParameter("occurrence") Integer occurrence) {
      if (str == null || sub == null) {
        return 0;
      }
      if (position == null || occurrence == null) {
        return null;
      }
      if (position == 0 || Math.abs(position) > str.length() || occurrence < 1) {
        return 0;
      }
      if (position > 0) {
        int from = position - 1;
        for (int n = 0; ; n++) {
          int i = str.indexOf(sub, from);
          if (i < 0) {
            return 0;
          }
          if (n == occurrence - 1) {
            return i + 1;
          }
          from = i + 1;
        }
      }
      // Negative: the match must end at or before that position from the end, scanning leftwards.
      int from = str.length() + position + 1 - sub.length();
      for (int n = 0; ; n++) {
        int i = from < 0 ? -1 : str.lastIndexOf(sub, from);
        if (i < 0) {
          return 0;
        }
        if (n == occurrence - 1) {
          return i + 1;
        }
        from = i - 1;
      }
    }
  }

  @UdfDescription(name = "INITCAP", category = FunctionCategory.STRING,
      description = "Capitalizes the first letter of each whitespace-separated word and lower-"
          + "cases the rest.")
  public static final class Initcap {
    @Udf
    public String initcap(@UdfParameter("input") String input) {
      if (input == null) {
        return null;
      }
      StringBuilder sb = new StringBuilder(input.length());
      boolean startOfWord = true;
      for (int i = 0; i < input.length(); ) {
        int cp = input.codePointAt(i);
        if (Character.isWhitespace(cp)) {
          startOfWord = true;
          sb.appendCodePoint(cp);
        } else {
          sb.appendCodePoint(startOfWord ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
          startOfWord = false;
        }
        i += Character.charCount(cp);
      }
      return sb.toString();
    }
  }

  @UdfDescription(name = "CHR", category = FunctionCategory.STRING,
      description = "The character of a Unicode code point, given as a number or as a"
          + " '\\uXXXX' string; NULL if it is not a valid code point.")
  public static final class Chr {
    @Udf
    public String chr(@UdfParameter("decimalCode") Integer code) {
      if (code == null || !Character.isValidCodePoint(code)) {
        return null;
      }
      return new String(Character.toChars(code));
    }

    @Udf
    public String chr(@UdfParameter("utfCode") String utfCode) {
      // One or more '\\uXXXX' escapes, so a character beyond the BMP can be given as its
      // surrogate pair ('\\ud820\\udeb8'), as in ksqlDB.
      if (utfCode == null || utfCode.isEmpty() || utfCode.length() % 6 != 0) {
        return null;
      }
      StringBuilder chars = new StringBuilder();
      for (int i = 0; i < utfCode.length(); i += 6) {
        if (!utfCode.startsWith("\\u", i)) {
          return null;
        }
        try {
          chars.append((char) Integer.parseInt(utfCode.substring(i + 2, i + 6), 16));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return chars.toString();
    }
  }

  @UdfDescription(name = "UUID", category = FunctionCategory.STRING,
      description = "A random (version 4) UUID string, or the UUID string of 16 bytes.")
  public static final class Uuid {
    @Udf(deterministic = false)
    public String uuid() {
      return java.util.UUID.randomUUID().toString();
    }

    @Udf(description = "The UUID of 16 bytes; NULL for any other length.")
    public String uuid(@UdfParameter("bytes") ByteBuffer bytes) {
      if (bytes == null || bytes.remaining() != 16) {
        return null;
      }
      ByteBuffer b = bytes.duplicate();
      return new java.util.UUID(b.getLong(), b.getLong()).toString();
    }
  }

  @UdfDescription(name = "MD5", category = FunctionCategory.STRING,
      description = "The MD5 hash of a string's UTF-8 bytes, as 32 lower-case hex digits.")
  public static final class Md5 {
    @Udf
    public String md5(@UdfParameter("input") String input) {
      if (input == null) {
        return null;
      }
      try {
        byte[] hash = java.security.MessageDigest.getInstance("MD5")
            .digest(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash);
      } catch (java.security.NoSuchAlgorithmException e) {
        // Every Java platform must provide MD5 (MessageDigest's contract).
        throw new IllegalStateException(e);
      }
    }
  }
}
