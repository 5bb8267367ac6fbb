package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.builtin.Bytes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SPLIT and SPLIT_TO_MAP: splitting on literal delimiters (no regex). */
public final class SplitFunctions {

  private SplitFunctions() {}

  static List<String> characters(String input) {
    List<String> out = new ArrayList<>();
    input.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
    return out;
  }

  /** Splits on every occurrence of a non-empty literal delimiter, keeping empty parts. */
  static List<String> split(String input, String delimiter) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i; (i = input.indexOf(delimiter, from)) >= 0; from = i + delimiter.length()) {
      out.add(input.substring(from, i));
    }
    out.add(input.substring(from));
    return out;
  }

  @UdfDescription(name = "SPLIT", category = FunctionCategory.STRING,
      description = "Splits a string or bytes on a delimiter, keeping empty parts; an empty"
          + " delimiter splits every character or byte.")
  public static final class Split {
    @Udf
    public List<String> split(@UdfParameter("input") String input,
        @UdfParameter("delimiter") String delimiter) {
      if (input == null || delimiter == null) {
        return null;
      }
      if (input.isEmpty()) {
        return List.of("");  // one empty part, whatever the delimiter
      }
      return delimiter.isEmpty() ? characters(input) : SplitFunctions.split(input, delimiter);
    }

    @Udf
    public List<ByteBuffer> split(@UdfParameter("input") ByteBuffer input,
        @UdfParameter("delimiter") ByteBuffer delimiter) {
      if (input == null || delimiter == null) {
        return null;
      }
      byte[] in = Bytes.toArray(input);
      byte[] d = Bytes.toArray(delimiter);
      List<ByteBuffer> out = new ArrayList<>();
      if (in.length == 0) {
        return List.of(ByteBuffer.wrap(in));  // one empty part, whatever the delimiter
      }
      if (d.length == 0) {
        for (byte b : in) {
          out.add(ByteBuffer.wrap(new byte[] {b}));
        }
        return out;
      }
      int from = 0;
      for (int i = 0; i <= in.length - d.length; ) {
        if (Arrays.equals(in, i, i + d.length, d, 0, d.length)) {
          out.add(ByteBuffer.wrap(Arrays.copyOfRange(in, from, i)));
          i += d.length;
          from = i;
        } else {
          i++;
        }
      }
      out.add(ByteBuffer.wrap(Arrays.copyOfRange(in, from, in.length)));
      return out;
    }
  }

  @UdfDescription(name = "SPLIT_TO_MAP", category = FunctionCategory.STRING,
      description = "Splits a string into key-value entries and those into key and value; the"
          + " last value of a repeated key wins. NULL if a delimiter is NULL or empty.")
  public static final class SplitToMap {
    @Udf
    public Map<String, String> splitToMap(@UdfParameter("input") String input,
        @UdfParameter("entryDelimiter") String entryDelimiter,
        @UdfParameter("kvDelimiter") String kvDelimiter) {
      if (input == null || entryDelimiter == null || kvDelimiter == null
          || entryDelimiter.isEmpty() || kvDelimiter.isEmpty()) {
        return null;
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (String entry : SplitFunctions.split(input, entryDelimiter)) {
        int i = entry.indexOf(kvDelimiter);
        if (entry.isEmpty() || i < 0) {
          continue;
        }
        // The value ends at a second kv delimiter, if any: 'a:b:c' is a -> b, as in ksqlDB.
        int start = i + kvDelimiter.length();
        int end = entry.indexOf(kvDelimiter, start);
        out.put(entry.substring(0, i), entry.substring(start, end < 0 ? entry.length() : end));
      }
      return out;
    }
  }
}
