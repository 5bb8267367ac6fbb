package dev.eddy.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Runs one statement through JDBC and prints its outcome. While it runs, {@link #cancel()} may be
 * called from any thread (the Ctrl-C handler): it cancels the JDBC statement, which ends a push
 * query's blocked {@code next()}, and the statement then counts as done, not failed.
 */
final class StatementRunner {

  /** Push queries and PRINT run until stopped; their rows must be shown as they come. */
  private static final Pattern STREAMING = Pattern.compile(
      "(?is)^(\\s|--[^\\n]*\\n|/\\*.*?\\*/)*PRINT\\b.*|.*\\bEMIT\\s+(CHANGES|FINAL)\\b.*");

  private final Connection connection;
  private final ShellOutput output;
  private final AtomicReference<Statement> running = new AtomicReference<>();
  private volatile boolean cancelled;
  /** Whether the result's footer already said the query was cancelled. */
  private boolean cancelReported;

  StatementRunner(Connection connection, ShellOutput output) {
    this.connection = connection;
    this.output = output;
  }

  /**
   * Runs {@code sql}, one statement, and prints what it gave back.
   *
   * @throws SQLException when the engine refused or failed the statement (not when it was cancelled)
   */
  void run(String sql) throws SQLException {
    cancelled = false;
    cancelReported = false;
    try (Statement statement = connection.createStatement()) {
      running.set(statement);
      if (cancelled) {
        return;
      }
      boolean hasResultSet = statement.execute(sql);
      boolean said = printWarnings(statement.getWarnings());
      if (hasResultSet) {
        try (ResultSet rows = statement.getResultSet()) {
          print(rows, isStreaming(sql));
        }
      } else if (!said) {
        int count = statement.getUpdateCount();
        output.message(count > 0 ? count + (count == 1 ? " row affected." : " rows affected.") : "Done.");
      }
    } catch (SQLException e) {
      if (!cancelled) {
        throw e;
      }
      if (!cancelReported) {
        output.message("Query cancelled.");
      }
    } finally {
      running.set(null);
    }
  }

  /**
   * Cancels the running statement, if any. Safe from any thread.
   *
   * @return whether a statement was running
   */
  boolean cancel() {
    Statement statement = running.get();
    if (statement == null) {
      return false;
    }
    cancelled = true;
    try {
      statement.cancel();
    } catch (SQLException e) {
      output.error("Could not cancel the query: " + e.getMessage());
    }
    return true;
  }

  static boolean isStreaming(String sql) {
    return STREAMING.matcher(sql).matches();
  }

  private void print(ResultSet rows, boolean streaming) throws SQLException {
    ResultSetMetaData metadata = rows.getMetaData();
    List<Column> columns = new ArrayList<>();
    for (int i = 1; i <= metadata.getColumnCount(); i++) {
      columns.add(new Column(metadata.getColumnLabel(i), metadata.getColumnTypeName(i)));
    }
    ResultPrinter printer = output.printer();
    printer.begin(columns, streaming);
    long count = 0;
    try {
      while (!cancelled && rows.next()) {
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          values.add(JdbcValues.read(rows, i));
        }
        printer.row(values);
        count++;
      }
    } catch (SQLException e) {
      if (!cancelled) {
        printer.end();
        throw e;
      }
    }
    printer.end();
    if (streaming) {
      output.message((cancelled ? "Query cancelled after " : "Query ended after ") + count + (count == 1 ? " row." : " rows."));
    }
    cancelReported = cancelled;
  }

  /** The engine answers DDL and SET in words; the driver hands those over as warnings. */
  private boolean printWarnings(SQLWarning warning) {
    boolean any = false;
    for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
      output.message(w.getMessage());
      any = true;
    }
    return any;
  }
}
