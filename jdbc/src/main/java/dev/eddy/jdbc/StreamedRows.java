package dev.eddy.jdbc;

import dev.eddy.engine.RowCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a query a server streams from {@code /query-stream}, one JSON array per line, as
 * a {@link RowCursor}: what a result set reads is the same in-process and remote.
 *
 * <p>A thread of its own reads the response into a small queue and waits while the queue is
 * full, so a slow reader slows the server's stream rather than filling memory. Closing stops the
 * query on the server ({@code /close-query}) and drops the response, which wakes both the thread
 * and a reader waiting for a row.
 */
final class StreamedRows implements RowCursor {

  private static final int BUFFERED_ROWS = 256;

  /** Put after the last row; compared by identity, so an instance no row can be. */
  private static final List<Object> END = Collections.unmodifiableList(new ArrayList<>());

  private final ServerClient server;
  private final String queryId;
  private final List<ColumnType> types;
  private final ResponseLines body;
  private final BlockingQueue<List<Object>> rows = new ArrayBlockingQueue<>(BUFFERED_ROWS);
  private final Thread reader;
  private volatile boolean ended;
  private volatile boolean serverDone;
  private volatile boolean closed;
  private volatile UncheckedIOException failure;

  /**
   * @param queryId the server's id for the query, or null for a query that cannot be closed
   *     (a pull query, whose rows are all on their way)
   * @param body the response after its header line
   */
  StreamedRows(ServerClient server, String queryId, List<ColumnType> types, ResponseLines body) {
    this.server = server;
    this.queryId = queryId;
    this.types = types;
    this.body = body;
    this.reader = new Thread(this::readAll, "eddy-jdbc-rows-" + (queryId == null ? "pull" : queryId));
    reader.setDaemon(true);
    reader.start();
  }

  private void readAll() {
    try {
      String line;
      while ((line = body.readLine()) != null) {
        if (!line.isBlank()) {
          rows.put(JsonValues.row(ServerClient.JSON.readTree(line), types));
        }
      }
      serverDone = true;
    } catch (InterruptedException e) {
      return; // close() stops the thread this way when the queue is full, and marks the end itself.
    } catch (IOException | SQLException e) {
      if (!closed) {
        failure = new UncheckedIOException("The query's rows stopped arriving from the server: " + e.getMessage(),
            e instanceof IOException io ? io : new IOException(e));
      }
    }
    try {
      rows.put(END);
    } catch (InterruptedException e) {
      // Closed meanwhile: close() marked the end.
    }
  }

  @Override
  public List<Object> next() throws InterruptedException {
    return take(rows.take());
  }

  @Override
  public List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException {
    List<Object> row = rows.poll(timeout, unit);
    return row == null ? null : take(row);
  }

  private List<Object> take(List<Object> row) {
    if (row != END) {
      return row;
    }
    ended = true;
    rows.offer(END); // Later calls see the end too.
    if (failure != null && !closed) {
      throw failure;
    }
    return null;
  }

  @Override
  public boolean isDone() {
    return ended;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (queryId != null && !serverDone) {
      server.closeQuery(queryId);
    }
    reader.interrupt();
    body.close();
    rows.clear(); // Unread rows are of no use now, and the queue must have room for the end.
    rows.offer(END);
  }
}
