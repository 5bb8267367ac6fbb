package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.runtime.sink.PushQuerySink;
import dev.eddy.engine.runtime.sink.ResultRow;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A push query's rows for a client. The LIMIT is counted here, across all of the query's tasks
 * (each task also stops itself at the limit); closing the cursor stops the tasks.
 */
final class PushQueryCursor implements RowCursor {

  private final PushQuerySink.Cursor rows;
  private final ExternalValues values;
  private final long limit;
  private volatile RunningTasks tasks;
  private long delivered;

  /** @param limit the most rows to deliver, or -1 for no limit */
  PushQueryCursor(PushQuerySink.Cursor rows, ExternalValues values, long limit) {
    this.rows = rows;
    this.values = values;
    this.limit = limit;
  }

  void attach(RunningTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public List<Object> next() throws InterruptedException {
    if (limitReached()) {
      return null;
    }
    return deliver(rows.next());
  }

  @Override
  public List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException {
    if (limitReached()) {
      return null;
    }
    return deliver(rows.poll(timeout, unit));
  }

  @Override
  public boolean isDone() {
    return limitReached() || rows.isDone();
  }

  @Override
  public void close() {
    rows.close();
    RunningTasks running = tasks;
    if (running != null) {
      running.stop();
    }
  }

  private boolean limitReached() {
    if (limit >= 0 && delivered >= limit) {
      close();
      return true;
    }
    return false;
  }

  private List<Object> deliver(ResultRow row) {
    if (row == null) {
      return null;
    }
    delivered++;
    return values.convert(row.values());
  }
}
