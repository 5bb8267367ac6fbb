package dev.eddy.functions.builtin.string;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/** Regular-expression functions (Java regex syntax). NULL arguments give NULL. */
public final class RegexFunctions {

  private RegexFunctions() {}

  @UdfDescription(name = "REGEXP_EXTRACT", category = FunctionCategory.REGULAR_EXPRESSION,
      description = "The first substring matching a pattern, or one capturing group of it;"
          + " NULL if nothing matches.")
  public static final class RegexpExtract {
    @Udf
    public String regexpExtract(@UdfParameter("pattern") String pattern,
        @UdfParameter("input") String input) {
      return regexpExtract(pattern, input, 0);
    }

    @Udf
    public String regexpExtract(@UdfParameter("pattern") String pattern,
        @UdfParameter("input") String input, @UdfParameter("group") Integer group) {
      if (pattern == null || input == null || group == null) {
        return null;
      }
      Matcher m = PatternCache.get(pattern).matcher(input);
      if (!m.find() || group > m.groupCount() || group < 0) {
        return null;
      }
      return m.group(group);
    }
  }

  @UdfDescription(name = "REGEXP_EXTRACT_ALL", category = FunctionCategory.REGULAR_EXPRESSION,
      description = "Every substring matching a pattern, or one capturing group of each match.")
  public static final class RegexpExtractAll {
    @Udf
    public List<String> regexpExtractAll(@UdfParameter("pattern") String pattern,
        @UdfParameter("input") String input) {
      return regexpExtractAll(pattern, input, 0);
    }

    @Udf
    public List<String> regexpExtractAll(@UdfParameter("pattern") String pattern,
        @UdfParameter("input") String input, @UdfParameter("group") Integer group) {
      if (pattern == null || input == null || group == null) {
        return null;
      }
      Matcher m = PatternCache.get(pattern).matcher(input);
      if (group < 0 || group > m.groupCount()) {
        return null;
      }
      List<String> out = new ArrayList<>();
      while (m.find()) {
        out.add(m.group(group));
      }
      return out;
    }
  }

  @UdfDescription(name = "REGEXP_REPLACE", category = FunctionCategory.REGULAR_EXPRESSION,
      description = "Replaces every match of a pattern; the replacement may refer to groups as $1.")
  public static final class RegexpReplace {
    @Udf
    public String regexpReplace(@UdfParameter("input") String input,
        @UdfParameter("regex") String regex, @UdfParameter("replacement") String replacement) {
      if (input == null || regex == null || replacement == null) {
        return null;
      }
      return PatternCache.get(regex).matcher(input).replaceAll(replacement);
    }
  }

  @UdfDescription(name = "REGEXP_SPLIT_TO_ARRAY", category = FunctionCategory.REGULAR_EXPRESSION,
      description = "Splits a string around the matches of a pattern, keeping empty parts; an"
          + " empty pattern splits every character.")
  public static final class RegexpSplitToArray {
    @Udf
    public List<String> regexpSplitToArray(@UdfParameter("input") String input,
        @UdfParameter("regex") String regex) {
      if (input == null || regex == null) {
        return null;
      }
      if (regex.isEmpty()) {
        return SplitFunctions.characters(input);
      }
      return Arrays.asList(PatternCache.get(regex).split(input, -1));
    }
  }
}
