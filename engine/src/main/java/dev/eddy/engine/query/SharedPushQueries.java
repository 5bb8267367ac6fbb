package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.runtime.task.TaskConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * Push queries that are the same query share one reader: one set of tasks whose rows reach
 * every subscriber's own bounded queue ({@link SharedPushReader}).
 *
 * <p>Only a filtered tail of a stream is shared: a stateless, single-stage, insert-only plan
 * that starts at the end of the log. A query from the earliest offset must replay history of
 * its own, and a stateful one (an aggregate, a table) would hand a newcomer state built before
 * it arrived. A newcomer gets the rows the reader emits after it joins; if the reader was still
 * catching up, those may include a few rows appended just before the query started.
 *
 * <p>Thread-safe.
 */
final class SharedPushQueries {

  private final int queueRows;
  private final Map<SharedPushKey, SharedPushReader> readers = new HashMap<>();

  /** @param queueRows rows each subscriber may have waiting before it is cut off as too slow */
  SharedPushQueries(int queueRows) {
    this.queueRows = queueRows;
  }

  /** Whether a push query of {@code pipeline} starting at {@code start} may share a reader. */
  static boolean canShare(Pipeline pipeline, TaskConfig.StartPosition start) {
    return start == TaskConfig.StartPosition.LATEST && pipeline.upstream() == null && !pipeline.stateful()
        && pipeline.outputMode().isInsertOnly();
  }

  /**
   * A cursor on the reader for {@code key}, started (as {@code readerId}, through
   * {@code starter}) if none runs.
   *
   * @param limit the most rows this subscriber gets, -1 for no limit
   */
  synchronized RowCursor subscribe(SharedPushKey key, String readerId, ExternalValues values, long limit,
      ReaderStarter starter) {
    PushSubscription subscription = new PushSubscription(queueRows, values, limit);
    SharedPushReader reader = readers.get(key);
    if (reader != null && reader.join(subscription)) {
      return subscription;
    }
    SharedPushReader fresh = new SharedPushReader(readerId, idle -> forget(key, idle));
    fresh.join(subscription);
    fresh.start(starter);
    readers.put(key, fresh);
    return subscription;
  }

  /** Readers running now. */
  synchronized int readers() {
    return readers.size();
  }

  private synchronized void forget(SharedPushKey key, SharedPushReader reader) {
    // Only while it is the one mapped: a stopping reader may already have been replaced.
    readers.remove(key, reader);
  }
}
