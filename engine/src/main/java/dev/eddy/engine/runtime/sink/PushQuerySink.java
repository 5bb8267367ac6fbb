package dev.eddy.engine.runtime.sink;

import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.Sink;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The end of a push query: a bounded queue between the task, which writes batches, and one
 * client, which reads rows through {@link #cursor()}.
 *
 * <p>Backpressure: the sink is {@linkplain #isWritable() writable} while it holds fewer than
 * {@code capacity} rows. A task never blocks on it — it stops reading its source instead and
 * is woken through {@link #whenWritable} once the reader has drained the queue to half its
 * capacity. So a slow client slows its query without holding a pool thread, and the queue
 * holds at most {@code capacity} rows plus one batch.
 *
 * <p>Closing the cursor cancels the query: queued rows are dropped, a blocked reader returns,
 * and the cancel listener (the task handle) is told.
 */
public final class PushQuerySink implements Sink {

  private final int capacity;
  private final int lowWaterMark;
  private final ArrayDeque<ResultRow> rows;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Cursor cursor = new Cursor();
  private Runnable writableCallback;
  private Runnable cancelListener;
  private boolean completed;
  private boolean cancelled;
  private Throwable failure;

  /** @param capacity rows the queue holds before the task must wait */
  public PushQuerySink(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("Capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
    this.lowWaterMark = capacity / 2;
    this.rows = new ArrayDeque<>(capacity);
  }

  /** The reading side; one reader at a time. */
  public Cursor cursor() {
    return cursor;
  }

  /** Runs {@code listener} (once) when the reader closes the cursor. */
  public void onCancel(Runnable listener) {
    boolean runNow;
    lock.lock();
    try {
      cancelListener = listener;
      runNow = cancelled;
    } finally {
      lock.unlock();
    }
    if (runNow) {
      listener.run();
    }
  }

  @Override
  public void write(RowBatch batch) {
    lock.lock();
    try {
      if (cancelled) {
        return;
      }
      for (int i = 0; i < batch.size(); i++) {
        rows.addLast(new ResultRow(batch.kind(i), batch.row(i), batch.rowtime(i)));
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isWritable() {
    lock.lock();
    try {
      return cancelled || rows.size() < capacity;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void whenWritable(Runnable callback) {
    boolean runNow;
    lock.lock();
    try {
      runNow = cancelled || rows.size() <= lowWaterMark;
      writableCallback = runNow ? null : callback;
    } finally {
      lock.unlock();
    }
    if (runNow) {
      callback.run();
    }
  }

  @Override
  public void complete() {
    lock.lock();
    try {
      completed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void fail(Throwable error) {
    lock.lock();
    try {
      failure = error;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Rows queued and not yet read. */
  public int queuedRows() {
    lock.lock();
    try {
      return rows.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Blocking reads of a push query's rows. {@link #next()} waits for a row; it returns
   * {@code null} once the query has ended (its LIMIT was reached) or the cursor was closed, and
   * throws {@link PushQueryFailedException} if the query failed. {@link #close()} may be called
   * from any thread and unblocks a waiting reader.
   */
  public final class Cursor implements AutoCloseable {

    private Cursor() {}

    /** The next row, waiting as long as it takes; null at the end. */
    public ResultRow next() throws InterruptedException {
      lock.lock();
      try {
        while (rows.isEmpty() && !ended()) {
          changed.await();
        }
        return take();
      } finally {
        lock.unlock();
        runWritableCallbackIfDue();
      }
    }

    /** The next row, or null when none arrived within the timeout or the query ended. */
    public ResultRow poll(long timeout, TimeUnit unit) throws InterruptedException {
      long remaining = unit.toNanos(timeout);
      lock.lock();
      try {
        while (rows.isEmpty() && !ended() && remaining > 0) {
          remaining = changed.awaitNanos(remaining);
        }
        return take();
      } finally {
        lock.unlock();
        runWritableCallbackIfDue();
      }
    }

    /** True once the query ended or was closed and every row was read. */
    public boolean isDone() {
      lock.lock();
      try {
        return cancelled || (ended() && rows.isEmpty());
      } finally {
        lock.unlock();
      }
    }

    /** Cancels the query; idempotent. */
    @Override
    public void close() {
      Runnable listener;
      Runnable writable;
      lock.lock();
      try {
        if (cancelled) {
          return;
        }
        cancelled = true;
        rows.clear();
        changed.signalAll();
        listener = cancelListener;
        writable = writableCallback;
        writableCallback = null;
      } finally {
        lock.unlock();
      }
      // Outside the lock: the listener schedules the task, which may call back into the sink.
      if (listener != null) {
        listener.run();
      }
      if (writable != null) {
        writable.run();
      }
    }

    private boolean ended() {
      return completed || cancelled || failure != null;
    }

    private ResultRow take() {
      if (cancelled) {
        return null;
      }
      ResultRow row = rows.pollFirst();
      if (row == null && failure != null) {
        throw new PushQueryFailedException(failure);
      }
      return row;
    }

    private void runWritableCallbackIfDue() {
      Runnable callback = null;
      lock.lock();
      try {
        if (writableCallback != null && rows.size() <= lowWaterMark) {
          callback = writableCallback;
          writableCallback = null;
        }
      } finally {
        lock.unlock();
      }
      if (callback != null) {
        callback.run();
      }
    }
  }
}
