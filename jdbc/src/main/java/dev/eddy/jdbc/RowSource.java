package dev.eddy.jdbc;

import java.sql.SQLException;
import java.util.List;

/** Where a result set's rows come from: a finite table, or a running query's cursor. */
interface RowSource extends AutoCloseable {

  /**
   * The next row, waiting for it if it has yet to be produced; null once there are no more.
   *
   * @param deadline when to give up waiting (a {@code SQLTimeoutException}), or null to wait
   *     as long as it takes
   */
  List<Object> next(Deadline deadline) throws SQLException;

  /** Ends the rows from another thread: a reader waiting in {@link #next} fails as cancelled. */
  void cancel();

  /** Ends the rows and frees what they hold (a query stops); idempotent. */
  @Override
  void close();

  /** The rows of a finished statement, already in memory. */
  static RowSource of(List<List<Object>> rows) {
    return new FixedRows(rows);
  }
}
