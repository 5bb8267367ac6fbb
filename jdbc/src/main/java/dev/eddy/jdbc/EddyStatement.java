package dev.eddy.jdbc;

import dev.eddy.engine.StatementResult;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs SQL on its connection's session. What each engine result becomes:
 * <ul>
 *   <li>a message (DDL, INSERT, SET, TERMINATE) — no result set and an update count of 0; the
 *       message ("Stream ORDERS created") is a {@link SQLWarning} on the statement, which is
 *       where JDBC tools look for a server's notices;</li>
 *   <li>a table (SHOW, DESCRIBE, EXPLAIN) — a result set; DESCRIBE's header lines (topic,
 *       formats) are a warning too;</li>
 *   <li>a running query (SELECT ... EMIT CHANGES, PRINT) — a result set whose {@code next()}
 *       waits for rows; {@link #cancel()} from another thread, the query timeout and
 *       {@code maxRows} each end it and stop the query.</li>
 * </ul>
 * SQL holding several statements gives several results, walked with {@link #getMoreResults()}.
 */
class EddyStatement implements Statement {

  private final EddyConnection connection;
  /** Results of the last execution not yet reached; guarded by this. */
  private final Deque<StatementResult> pending = new ArrayDeque<>();
  /** Result sets kept open by getMoreResults(KEEP_CURRENT_RESULT); guarded by this. */
  private final List<EddyResultSet> kept = new ArrayList<>();
  private final List<String> batch = new ArrayList<>();
  private volatile EddyResultSet resultSet;
  private long updateCount = -1;
  private Deadline deadline;
  private int queryTimeoutSeconds;
  private long maxRows;
  private int fetchSize;
  private boolean poolable;
  private boolean closeOnCompletion;
  private volatile boolean closed;
  private SQLWarning warnings;

  EddyStatement(EddyConnection connection) {
    this.connection = connection;
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    return executeSql(sql);
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    return querySql(sql);
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    return (int) updateSql(sql);
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    return updateSql(sql);
  }

  // The workers behind the public methods, which PreparedStatement refuses for SQL text.

  final boolean executeSql(String sql) throws SQLException {
    checkOpen();
    closeResults();
    warnings = null;
    deadline = Deadline.afterSeconds(queryTimeoutSeconds);
    List<StatementResult> results = connection.run(sql);
    synchronized (this) {
      pending.addAll(results);
    }
    return advance();
  }

  final ResultSet querySql(String sql) throws SQLException {
    if (!executeSql(sql)) {
      throw new SQLException("The statement returned no result set" + (warnings == null ? "" : ": " + warnings.getMessage())
          + "; use execute or executeUpdate for statements that are not queries.", SqlStates.GENERAL_ERROR);
    }
    return resultSet;
  }

  final long updateSql(String sql) throws SQLException {
    if (executeSql(sql)) {
      closeResults(); // Stops the query it started: nobody would read its rows.
      throw new SQLException("The statement returned a result set; use executeQuery or execute for queries.",
          SqlStates.GENERAL_ERROR);
    }
    return updateCount;
  }

  /** Moves to the next result: true if it is a result set. */
  private boolean advance() throws SQLException {
    StatementResult next;
    synchronized (this) {
      next = pending.poll();
    }
    resultSet = null;
    updateCount = -1;
    if (next == null) {
      return false;
    }
    if (next instanceof StatementResult.Message message) {
      addWarning(message.message());
      updateCount = 0;
      return false;
    }
    if (next instanceof StatementResult.Table table) {
      if (!table.header().isBlank()) {
        addWarning(table.header().strip());
      }
      resultSet = new EddyResultSet(this, table.columns(), RowSource.of(table.rows()), maxRows, deadline);
      return true;
    }
    StatementResult.Streaming streaming = (StatementResult.Streaming) next;
    resultSet = new EddyResultSet(this, streaming.columns(), new CursorRows(streaming.rows()), maxRows, deadline);
    return true;
  }

  private void addWarning(String message) {
    SQLWarning warning = new EngineNotice(message);
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return resultSet;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    return (int) getLargeUpdateCount();
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return resultSet == null ? updateCount : -1;
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    EddyResultSet previous = resultSet;
    switch (current) {
      case CLOSE_CURRENT_RESULT -> closeQuietly(previous);
      case KEEP_CURRENT_RESULT -> keep(previous);
      case CLOSE_ALL_RESULTS -> {
        closeQuietly(previous);
        closeKept();
      }
      default -> throw new SQLException("Unknown getMoreResults mode " + current, SqlStates.INVALID_ARGUMENT);
    }
    return advance();
  }

  private synchronized void keep(EddyResultSet results) {
    if (results != null) {
      kept.add(results);
    }
  }

  /**
   * Ends the running query of the current result set from any thread: a reader blocked in
   * {@code next()} wakes with a SQLException of state HY008. Queries of results not reached
   * yet are stopped too.
   */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    EddyResultSet current = resultSet;
    if (current != null) {
      current.cancel();
    }
    closePending();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeResults();
    connection.forget(this);
  }

  /** Called when a result set of this statement closes, for closeOnCompletion. */
  void resultSetClosed() {
    if (closeOnCompletion && resultSet != null && resultSet.isClosed()) {
      close();
    }
  }

  private void closeResults() {
    EddyResultSet current = resultSet;
    resultSet = null; // First, so closing it does not count as completion (closeOnCompletion).
    closeQuietly(current);
    closeKept();
    closePending();
  }

  private synchronized void closeKept() {
    kept.forEach(EddyStatement::closeQuietly);
    kept.clear();
  }

  /** Results never reached may hold running queries: stop them. */
  private synchronized void closePending() {
    for (StatementResult result : pending) {
      if (result instanceof StatementResult.Streaming streaming) {
        streaming.rows().close();
      }
    }
    pending.clear();
  }

  private static void closeQuietly(EddyResultSet results) {
    if (results != null) {
      results.close();
    }
  }

  void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("The statement is closed.", SqlStates.GENERAL_ERROR);
    }
    connection.checkOpen();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  /** Measured from the start of execute; it bounds how long reading a running query's rows may take. */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw new SQLException("The query timeout must not be negative: " + seconds, SqlStates.INVALID_ARGUMENT);
    }
    queryTimeoutSeconds = seconds;
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeoutSeconds;
  }

  /** Acts as a LIMIT on the result sets of later executions: after that many rows, the query stops. */
  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("maxRows must not be negative: " + max, SqlStates.INVALID_ARGUMENT);
    }
    maxRows = max;
  }

  @Override
  public int getMaxRows() throws SQLException {
    return (int) Math.min(getLargeMaxRows(), Integer.MAX_VALUE);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  // Batches: each SQL text runs on its own; one that returns rows fails the batch.

  @Override
  public void addBatch(String sql) throws SQLException {
    addToBatch(sql);
  }

  final void addToBatch(String sql) throws SQLException {
    checkOpen();
    batch.add(sql);
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    long[] counts = executeLargeBatch();
    int[] result = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      result[i] = (int) counts[i];
    }
    return result;
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    List<String> statements = List.copyOf(batch);
    batch.clear();
    long[] counts = new long[statements.size()];
    for (int i = 0; i < statements.size(); i++) {
      try {
        counts[i] = updateSql(statements.get(i));
      } catch (SQLException e) {
        throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
            java.util.Arrays.copyOf(counts, i), e);
      }
    }
    return counts;
  }

  // Generated keys: Eddy generates none.

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    checkOpen();
    return EddyResultSet.of(List.of(), List.of());
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    return execute(sql); // No keys to return either way.
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    throw noGeneratedKeys();
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    throw noGeneratedKeys();
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    throw noGeneratedKeys();
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    throw noGeneratedKeys();
  }

  @Override
  public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
    throw noGeneratedKeys();
  }

  @Override
  public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
    throw noGeneratedKeys();
  }

  private static SQLFeatureNotSupportedException noGeneratedKeys() {
    return new SQLFeatureNotSupportedException("Eddy generates no keys.", SqlStates.FEATURE_NOT_SUPPORTED);
  }

  // Hints and options that do not apply to rows produced in-process.

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen(); // Values are never truncated.
  }

  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen(); // Eddy SQL has no JDBC escapes to process.
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw new SQLFeatureNotSupportedException("Named cursors are not supported by Eddy.", SqlStates.FEATURE_NOT_SUPPORTED);
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("Eddy result sets are forward-only.", SqlStates.INVALID_ARGUMENT);
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("Fetch size must not be negative: " + rows, SqlStates.INVALID_ARGUMENT);
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName(), SqlStates.INVALID_ARGUMENT);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
