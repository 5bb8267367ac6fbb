package dev.eddy.shell;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The words of Eddy SQL that the shell completes and highlights. */
final class SqlKeywords {

  static final List<String> ALL = List.of(
      "ADVANCE", "ALL", "AND", "ARRAY", "AS", "ASC", "AT", "BEGINNING", "BETWEEN", "BIGINT", "BOOLEAN",
      "BY", "BYTES", "CASE", "CAST", "CHANGES", "CREATE", "DATE", "DAY", "DAYS", "DECIMAL", "DEFINE",
      "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DOUBLE", "DROP", "ELSE", "EMIT", "END", "EXISTS",
      "EXPLAIN", "EXTENDED", "FALSE", "FINAL", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "GRACE",
      "GROUP", "HAVING", "HEADER", "HEADERS", "HOPPING", "HOUR", "HOURS", "IF", "IN", "INNER",
      "INSERT", "INT", "INTEGER", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT",
      "LIST", "MAP", "MILLISECOND", "MILLISECONDS", "MINUTE", "MINUTES", "NOT", "NULL", "ON", "OR",
      "OUTER", "PARTITION", "PERIOD", "PRIMARY", "PRINT", "PROPERTIES", "QUERIES", "QUERY",
      "RETENTION", "REPLACE", "RIGHT", "RUN", "SCRIPT", "SECOND", "SECONDS", "SELECT", "SESSION",
      "SET", "SHOW", "SIZE", "SOURCE", "STREAM", "STREAMS", "STRING", "STRUCT", "TABLE", "TABLES",
      "TERMINATE", "THEN", "TIME", "TIMESTAMP", "TOPIC", "TOPICS", "TRUE", "TUMBLING", "TYPE", "TYPES",
      "UNDEFINE", "UNSET", "VALUES", "VARCHAR", "VARIABLES", "WHEN", "WHERE", "WINDOW", "WITH",
      "WITHIN", "WINDOWSTART", "WINDOWEND", "ROWTIME", "ROWPARTITION", "ROWOFFSET");

  private static final Set<String> SET = new TreeSet<>(ALL);

  private SqlKeywords() {}

  static boolean isKeyword(String word) {
    return SET.contains(word.toUpperCase(Locale.ROOT));
  }
}
