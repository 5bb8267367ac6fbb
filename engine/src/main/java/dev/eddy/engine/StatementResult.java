package dev.eddy.engine;

import java.util.List;

/** What one executed statement gave back. */
public sealed interface StatementResult {

  /** The statement's own text, as submitted. */
  String statementText();

  /** A statement that changed something or answered in a sentence: DDL, SET, TERMINATE. */
  record Message(String statementText, String message, String queryId) implements StatementResult {}

  /**
   * A finite table: listings, DESCRIBE, EXPLAIN, pull queries.
   *
   * @param header lines that describe the table as a whole (DESCRIBE's name, topic and formats);
   *     empty for plain listings and query results
   */
  record Table(String statementText, String header, List<ColumnInfo> columns, List<List<Object>> rows)
      implements StatementResult {

    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** An unbounded result delivered as it is produced: push queries and PRINT. */
  record Streaming(String statementText, String queryId, List<ColumnInfo> columns, RowCursor rows)
      implements StatementResult {}
}
