package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.runtime.sink.ResultRow;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One client's push query on a {@link SharedPushReader}: its own queue, its own LIMIT, and
 * closing it leaves the reader without touching the other subscribers.
 */
final class PushSubscription implements RowCursor {

  private final SubscriberQueue queue;
  private final ExternalValues values;
  private final long limit;
  private volatile SharedPushReader reader;
  private long delivered;

  /** @param limit the most rows to deliver, or -1 for no limit */
  PushSubscription(int capacity, ExternalValues values, long limit) {
    this.queue = new SubscriberQueue(capacity);
    this.values = values;
    this.limit = limit;
  }

  void joined(SharedPushReader reader) {
    this.reader = reader;
  }

  /** Where the reader's rows go. */
  SubscriberQueue queue() {
    return queue;
  }

  @Override
  public List<Object> next() throws InterruptedException {
    return atLimit() ? null : deliver(queue.take());
  }

  @Override
  public List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException {
    return atLimit() ? null : deliver(queue.poll(timeout, unit));
  }

  private List<Object> deliver(ResultRow row) {
    if (row == null) {
      return null;
    }
    delivered++;
    // Stop receiving now rather than when the client next reads: it may never read again.
    atLimit();
    return values.convert(row.values());
  }

  /** Whether the LIMIT is reached, leaving the reader if so (LIMIT 0 never takes a row). */
  private boolean atLimit() {
    if (!limitReached()) {
      return false;
    }
    leave(false);
    return true;
  }

  @Override
  public boolean isDone() {
    return limitReached() || queue.isDone();
  }

  @Override
  public void close() {
    queue.close();
    leave(true);
  }

  private void leave(boolean awaitStop) {
    SharedPushReader joinedReader = reader;
    if (joinedReader != null) {
      joinedReader.leave(this, awaitStop);
    }
  }

  private boolean limitReached() {
    return limit >= 0 && delivered >= limit;
  }
}
