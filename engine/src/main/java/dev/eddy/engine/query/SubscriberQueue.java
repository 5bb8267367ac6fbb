package dev.eddy.engine.query;

import dev.eddy.engine.runtime.sink.PushQueryFailedException;
import dev.eddy.engine.runtime.sink.ResultRow;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The rows waiting for one subscriber of a shared push query: written by the shared reader's
 * tasks, read by one client thread.
 *
 * <p>Unlike {@link dev.eddy.engine.runtime.sink.PushQuerySink}, a full queue never asks the writer
 * to wait, since the writer serves every subscriber: {@link #offer} refuses instead, and the
 * queue ends with {@link PushClientTooSlowException}. The rows it still held are dropped at once,
 * because holding memory for a client that is not reading is what the limit is there to stop.
 * It holds at most {@code capacity} rows plus one batch.
 */
final class SubscriberQueue {

  private final int capacity;
  private final ArrayDeque<ResultRow> rows = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean completed;
  private boolean closed;
  private Throwable failure;

  /** @param capacity rows it holds before a further batch cuts the subscriber off */
  SubscriberQueue(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("Capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Queues a batch, or, if the queue is already full, ends it as too slow.
   *
   * @return false if the subscriber is (now) cut off or has ended, so the writer can forget it
   */
  boolean offer(ResultRow[] batch) {
    lock.lock();
    try {
      if (ended()) {
        return false;
      }
      if (rows.size() >= capacity) {
        failure = new PushClientTooSlowException(rows.size());
        rows.clear();
        changed.signalAll();
        return false;
      }
      for (ResultRow row : batch) {
        rows.addLast(row);
      }
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** No more rows will come; the reader gets those queued, then the end. */
  void complete() {
    lock.lock();
    try {
      completed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The query failed; the reader gets the rows queued, then {@code error}. */
  void fail(Throwable error) {
    lock.lock();
    try {
      if (failure == null) {
        failure = error;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next row, waiting as long as it takes; null at the end or once closed.
   *
   * @throws PushQueryFailedException once the queued rows are read, if the query failed
   */
  ResultRow take() throws InterruptedException {
    return await(true, 0);
  }

  /** Like {@link #take()}, but null also when no row came within {@code timeout}. */
  ResultRow poll(long timeout, TimeUnit unit) throws InterruptedException {
    return await(false, unit.toNanos(timeout));
  }

  private ResultRow await(boolean forever, long nanos) throws InterruptedException {
    long remaining = nanos;
    lock.lock();
    try {
      while (rows.isEmpty() && !ended()) {
        if (forever) {
          changed.await();
        } else if (remaining > 0) {
          remaining = changed.awaitNanos(remaining);
        } else {
          return null;
        }
      }
      if (closed) {
        return null;
      }
      ResultRow row = rows.pollFirst();
      if (row == null && failure != null) {
        throw new PushQueryFailedException(failure);
      }
      return row;
    } finally {
      lock.unlock();
    }
  }

  /** True once it has ended and every row was read, or it was closed. */
  boolean isDone() {
    lock.lock();
    try {
      return closed || (ended() && rows.isEmpty());
    } finally {
      lock.unlock();
    }
  }

  /** Drops the queued rows and wakes a waiting reader, which gets null. Idempotent. */
  void close() {
    lock.lock();
    try {
      closed = true;
      rows.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Rows queued and not yet read. */
  int size() {
    lock.lock();
    try {
      return rows.size();
    } finally {
      lock.unlock();
    }
  }

  private boolean ended() {
    return completed || closed || failure != null;
  }
}
