package dev.eddy.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of SQL text that are not code: string literals, quoted names ({@code "..."} or
 * {@code `...`}) and comments. A {@code ?} or {@code ;} inside them is text, so whoever scans SQL
 * for markers or statement ends steps over them with {@link #skipNonCode}.
 */
final class SqlLexing {

  private SqlLexing() {}

  /** If a literal, quoted name or comment starts at {@code i}, the index just past it; else {@code i}. */
  static int skipNonCode(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"' || c == '`') {
      return endOfQuoted(sql, i, c);
    }
    if (sql.startsWith("--", i)) {
      int newline = sql.indexOf('\n', i);
      return newline < 0 ? sql.length() : newline + 1;
    }
    if (sql.startsWith("/*", i)) {
      int end = sql.indexOf("*/", i + 2);
      return end < 0 ? sql.length() : end + 2;
    }
    return i;
  }

  /** Where {@code c} stands in code, outside literals, quoted names and comments. */
  static List<Integer> indexesInCode(String sql, char c) {
    List<Integer> indexes = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      int skipped = skipNonCode(sql, i);
      if (skipped > i) {
        i = skipped;
      } else {
        if (sql.charAt(i) == c) {
          indexes.add(i);
        }
        i++;
      }
    }
    return indexes;
  }

  /** Whether the text holds anything but white space and comments. */
  static boolean hasCode(String sql) {
    return startOfCode(sql) < sql.length();
  }

  /** The first word of code in upper case ("" when the code does not start with a letter). */
  static String firstWord(String sql) {
    int start = startOfCode(sql);
    int end = start;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return sql.substring(start, end).toUpperCase(Locale.ROOT);
  }

  /** The index of the first character that is neither white space nor in a comment. */
  private static int startOfCode(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int skipped = isQuote(c) ? i : skipNonCode(sql, i);
      if (skipped > i) {
        i = skipped;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"' || c == '`';
  }

  /** Past the closing quote; a doubled quote inside is part of the text. Unclosed: the end. */
  private static int endOfQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
