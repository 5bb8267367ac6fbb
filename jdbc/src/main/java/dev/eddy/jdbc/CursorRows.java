package dev.eddy.jdbc;

import dev.eddy.engine.RowCursor;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a running query (push query, PRINT), in-process or streamed from a server.
 * Reading blocks until a row arrives or the query ends. Cancelling closes the engine's cursor, which wakes the reader and stops the query;
 * the reader then learns it was cancelled rather than seeing a quiet end of rows. A passed
 * deadline stops the query too.
 */
final class CursorRows implements RowSource {

  private final RowCursor cursor;
  private volatile boolean cancelled;

  CursorRows(RowCursor cursor) {
    this.cursor = cursor;
  }

  @Override
  public List<Object> next(Deadline deadline) throws SQLException {
    if (cancelled) {
      throw cancelledException();
    }
    List<Object> row;
    try {
      row = deadline == null ? cursor.next() : cursor.poll(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cursor.close();
      throw new SQLException("Interrupted while waiting for the next row; the query was stopped.",
          SqlStates.OPERATION_CANCELLED, e);
    } catch (UncheckedIOException e) {
      // A cursor over a server's stream: the connection to it broke mid-query.
      cursor.close();
      throw new SQLException(e.getMessage(), SqlStates.CONNECTION_LOST, e.getCause());
    }
    if (row != null) {
      return row;
    }
    if (cancelled) {
      throw cancelledException();
    }
    if (deadline != null && !cursor.isDone()) {
      // poll gave up: no row before the deadline, and the query is still running.
      cursor.close();
      throw new SQLTimeoutException("The query timeout of " + deadline.seconds()
          + " seconds passed; the query was stopped.", SqlStates.TIMEOUT);
    }
    return null;
  }

  @Override
  public void cancel() {
    cancelled = true;
    cursor.close();
  }

  @Override
  public void close() {
    cursor.close();
  }

  private static SQLException cancelledException() {
    return new SQLException("The query was cancelled.", SqlStates.OPERATION_CANCELLED);
  }
}
