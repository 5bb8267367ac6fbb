package dev.eddy.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with {@code ?} parameter markers. A {@code ?} inside a string literal, a quoted
 * identifier ({@code "..."} or {@code `...`}) or a comment is text, not a marker.
 */
final class SqlTemplate {

  /** The text between markers: one more piece than there are parameters. */
  private final List<String> pieces;

  private SqlTemplate(List<String> pieces) {
    this.pieces = pieces;
  }

  static SqlTemplate parse(String sql) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = endOfQuoted(sql, i, c);
      } else if (c == '-' && sql.startsWith("--", i)) {
        int newline = sql.indexOf('\n', i);
        i = newline < 0 ? sql.length() : newline + 1;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else if (c == '?') {
        pieces.add(sql.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    pieces.add(sql.substring(start));
    return new SqlTemplate(List.copyOf(pieces));
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

  int parameterCount() {
    return pieces.size() - 1;
  }

  /** The SQL with each marker replaced by its literal; every parameter must be set. */
  String render(String[] literals) throws SQLException {
    StringBuilder sql = new StringBuilder(pieces.get(0));
    for (int i = 0; i < parameterCount(); i++) {
      if (literals[i] == null) {
        throw new SQLException("Parameter " + (i + 1) + " is not set.", SqlStates.INVALID_PARAMETER_VALUE);
      }
      sql.append(literals[i]).append(pieces.get(i + 1));
    }
    return sql.toString();
  }
}
