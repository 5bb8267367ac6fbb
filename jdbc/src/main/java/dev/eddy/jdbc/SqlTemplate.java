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
    for (int marker : SqlLexing.indexesInCode(sql, '?')) {
      pieces.add(sql.substring(start, marker));
      start = marker + 1;
    }
    pieces.add(sql.substring(start));
    return new SqlTemplate(List.copyOf(pieces));
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
