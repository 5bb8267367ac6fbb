package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.UdfException;

/**
 * MASK and its left/right variants. Upper-case letters become 'X', lower-case 'x', digits 'n'
 * and everything else '-', unless other mask characters are given; a NULL mask character leaves
 * that class of characters alone.
 */
public final class MaskFunctions {

  private MaskFunctions() {}

  /** Which mask character replaces each class of characters. */
  static final class Masker {
    private static final int KEEP = -1;
    private final int upper;
    private final int lower;
    private final int digit;
    private final int other;

    Masker(int upper, int lower, int digit, int other) {
      this.upper = upper;
      this.lower = lower;
      this.digit = digit;
      this.other = other;
    }

    static final Masker DEFAULT = new Masker('X', 'x', 'n', '-');

    static Masker of(String upper, String lower, String digit, String other) {
      return new Masker(maskChar(upper), maskChar(lower), maskChar(digit), maskChar(other));
    }

    private static int maskChar(String mask) {
      if (mask == null) {
        return KEEP;
      }
      if (mask.codePointCount(0, mask.length()) != 1) {
        throw new UdfException(
            "Invalid mask character. Must be only single character, but was '" + mask + "'");
      }
      return mask.codePointAt(0);
    }

    /** Masks code points in [from, to) (indexes in code points), keeps the rest. */
    String mask(String input, int from, int to) {
      StringBuilder out = new StringBuilder(input.length());
      int index = 0;
      for (int i = 0; i < input.length(); index++) {
        int cp = input.codePointAt(i);
        out.appendCodePoint(index >= from && index < to ? maskOne(cp) : cp);
        i += Character.charCount(cp);
      }
      return out.toString();
    }

    private int maskOne(int cp) {
      int m = switch (Character.getType(cp)) {
        case Character.UPPERCASE_LETTER -> upper;
        case Character.LOWERCASE_LETTER -> lower;
        case Character.DECIMAL_DIGIT_NUMBER -> digit;
        default -> other;
      };
      return m == KEEP ? cp : m;
    }
  }

  static void checkCount(String function, Integer numChars) {
    if (numChars != null && numChars < 0) {
      throw new UdfException("function " + function
          + " requires a non-negative number of characters to mask or skip");
    }
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  @UdfDescription(name = "MASK", category = FunctionCategory.STRING,
      description = "Masks every character of a string.")
  public static final class Mask {
    @Udf
    public String mask(@UdfParameter("input") String input) {
      return input == null ? null : Masker.DEFAULT.mask(input, 0, Integer.MAX_VALUE);
    }

    @Udf
    public String mask(@UdfParameter("input") String input, @UdfParameter("upper") String upper,
        @UdfParameter("lower") String lower, @UdfParameter("digit") String digit,
        @UdfParameter("other") String other) {
      Masker m = Masker.of(upper, lower, digit, other);
      return input == null ? null : m.mask(input, 0, Integer.MAX_VALUE);
    }
  }

  @UdfDescription(name = "MASK_LEFT", category = FunctionCategory.STRING,
      description = "Masks the first numChars characters of a string.")
  public static final class MaskLeft {
    @Udf
    public String maskLeft(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars) {
      return apply(input, numChars, Masker.DEFAULT);
    }

    @Udf
    public String maskLeft(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars, @UdfParameter("upper") String upper,
        @UdfParameter("lower") String lower, @UdfParameter("digit") String digit,
        @UdfParameter("other") String other) {
      return apply(input, numChars, Masker.of(upper, lower, digit, other));
    }

    private static String apply(String input, Integer n, Masker m) {
      checkCount("MASK_LEFT", n);
      return input == null || n == null ? null : m.mask(input, 0, n);
    }
  }

  @UdfDescription(name = "MASK_RIGHT", category = FunctionCategory.STRING,
      description = "Masks the last numChars characters of a string.")
  public static final class MaskRight {
    @Udf
    public String maskRight(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars) {
      return apply(input, numChars, Masker.DEFAULT);
    }

    @Udf
    public String maskRight(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars, @UdfParameter("upper") String upper,
        @UdfParameter("lower") String lower, @UdfParameter("digit") String digit,
        @UdfParameter("other") String other) {
      return apply(input, numChars, Masker.of(upper, lower, digit, other));
    }

    private static String apply(String input, Integer n, Masker m) {
      checkCount("MASK_RIGHT", n);
      return input == null || n == null ? null
          : m.mask(input, Math.max(0, length(input) - n), Integer.MAX_VALUE);
    }
  }

  @UdfDescription(name = "MASK_KEEP_LEFT", category = FunctionCategory.STRING,
      description = "Masks all but the first numChars characters of a string.")
  public static final class MaskKeepLeft {
    @Udf
    public String maskKeepLeft(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars) {
      return apply(input, numChars, Masker.DEFAULT);
    }

    @Udf
    public String maskKeepLeft(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars, @UdfParameter("upper") String upper,
        @UdfParameter("lower") String lower, @UdfParameter("digit") String digit,
        @UdfParameter("other") String other) {
      return apply(input, numChars, Masker.of(upper, lower, digit, other));
    }

    private static String apply(String input, Integer n, Masker m) {
      checkCount("MASK_KEEP_LEFT", n);
      return input == null || n == null ? null : m.mask(input, n, Integer.MAX_VALUE);
    }
  }

  @UdfDescription(name = "MASK_KEEP_RIGHT", category = FunctionCategory.STRING,
      description = "Masks all but the last numChars characters of a string.")
  public static final class MaskKeepRight {
    @Udf
    public String maskKeepRight(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars) {
      return apply(input, numChars, Masker.DEFAULT);
    }

    @Udf
    public String maskKeepRight(@UdfParameter("input") String input,
        @UdfParameter("numChars") Integer numChars, @UdfParameter("upper") String upper,
        @UdfParameter("lower") String lower, @UdfParameter("digit") String digit,
        @UdfParameter("other") String other) {
      return apply(input, numChars, Masker.of(upper, lower, digit, other));
    }

    private static String apply(String input, Integer n, Masker m) {
      checkCount("MASK_KEEP_RIGHT", n);
      return input == null || n == null ? null
          : m.mask(input, 0, Math.max(0, length(input) - n));
    }
  }
}
