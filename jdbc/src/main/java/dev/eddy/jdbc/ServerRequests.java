package dev.eddy.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL text cut into the requests a server takes it in. A query (SELECT, PRINT) goes alone to
 * {@code /query-stream}, where its rows can stream for as long as it runs; each run of other
 * statements between queries goes to {@code /ksql} in one request, so it is parsed as a whole.
 *
 * <p>Each request's text is padded with the line breaks and spaces that stood before it, so the
 * line and column the server reports in an error are positions in the text the user submitted,
 * as they are in-process.
 */
final class ServerRequests {

  private static final Set<String> QUERIES = Set.of("SELECT", "PRINT");

  /**
   * @param query whether it goes to /query-stream
   * @param text what to send, padded
   * @param statement the statements as written, for results and messages
   */
  record Request(boolean query, String text, String statement) {}

  private ServerRequests() {}

  static List<Request> plan(String sql) {
    List<Request> requests = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    for (int[] span : statementSpans(sql)) {
      String statement = sql.substring(span[0], span[1]);
      if (!SqlLexing.hasCode(statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement)) {
        continue;
      }
      if (QUERIES.contains(SqlLexing.firstWord(statement))) {
        if (runStart >= 0) {
          requests.add(request(sql, runStart, runEnd, false));
          runStart = -1;
        }
        requests.add(request(sql, span[0], span[1], true));
      } else {
        runStart = runStart < 0 ? span[0] : runStart;
        runEnd = span[1];
      }
    }
    if (runStart >= 0) {
      requests.add(request(sql, runStart, runEnd, false));
    }
    return requests;
  }

  /** Start and end of each statement, each ending after its {@code ;}; the last may have none. */
  private static List<int[]> statementSpans(String sql) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int semicolon : SqlLexing.indexesInCode(sql, ';')) {
      spans.add(new int[] {start, semicolon + 1});
      start = semicolon + 1;
    }
    if (start < sql.length()) {
      spans.add(new int[] {start, sql.length()});
    }
    return spans;
  }

  private static Request request(String sql, int start, int end, boolean query) {
    String statement = sql.substring(start, end);
    return new Request(query, padding(sql, start) + statement, statement.strip());
  }

  /** A line break for each line before {@code offset}, then a space for each character before it on its line. */
  static String padding(String sql, int offset) {
    StringBuilder padding = new StringBuilder();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = sql.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n');
      if (lineBreak) {
        padding.append('\n');
        lineStart = i + 1;
      }
    }
    return padding.append(" ".repeat(sql.codePointCount(lineStart, offset))).toString();
  }
}
