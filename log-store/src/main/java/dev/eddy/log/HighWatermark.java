package dev.eddy.log;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The end of what readers may see in a partition, and the long-poll wait on it.
 *
 * <p>Only moves forward. It always sits on a batch boundary, so a reader bounded by it never sees
 * part of a batch. Under {@code flush.policy=every-batch} it advances when a batch is durable,
 * otherwise when it is written.
 *
 * <p>Advancing costs a volatile write and a volatile read when nobody waits: waiters register
 * (increment {@code waiters}) before re-checking the watermark under the lock, and the advancer
 * writes the watermark before reading {@code waiters}, so either the waiter sees the new value or
 * the advancer sees the waiter and signals it. No wake-up is lost, and no one polls.
 */
final class HighWatermark {

  private volatile LogPosition position;
  private volatile boolean closed;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition advanced = lock.newCondition();
  private final AtomicInteger waiters = new AtomicInteger();
  /** One-shot callbacks for data past an offset; guarded by {@code this}. */
  private final List<Listener> listeners = new ArrayList<>();

  private record Listener(long offset, Runnable callback) {}

  HighWatermark(LogPosition initial) {
    this.position = initial;
  }

  LogPosition get() {
    return position;
  }

  /** Moves the watermark to {@code newPosition} if it is further, waking waiting readers. */
  void advanceTo(LogPosition newPosition) {
    List<Listener> due;
    synchronized (this) {
      if (newPosition.nextOffset() <= position.nextOffset()) {
        return;
      }
      position = newPosition;
      due = takeListeners(newPosition.nextOffset());
    }
    signalWaiters();
    due.forEach(listener -> listener.callback().run());
  }

  /** Removes and returns the listeners waiting for less than {@code nextOffset}; caller holds {@code this}. */
  private List<Listener> takeListeners(long nextOffset) {
    if (listeners.isEmpty()) {
      return List.of();
    }
    List<Listener> due = new ArrayList<>();
    listeners.removeIf(listener -> listener.offset() < nextOffset && due.add(listener));
    return due;
  }

  /**
   * Runs {@code callback} once the watermark passes {@code offset} (at once if it has), or the
   * partition closes — on the thread that advances it, so it must be short. Closing the returned
   * handle before then unregisters it.
   */
  AutoCloseable onBeyond(long offset, Runnable callback) {
    Listener listener = new Listener(offset, callback);
    synchronized (this) {
      if (position.nextOffset() <= offset && !closed) {
        listeners.add(listener);
        return () -> {
          synchronized (this) {
            listeners.remove(listener);
          }
        };
      }
    }
    callback.run();
    return () -> { };
  }

  /** Wakes every waiter for good; they see the partition closed. */
  void close() {
    List<Listener> all;
    synchronized (this) {
      closed = true;
      all = takeListeners(Long.MAX_VALUE);
    }
    signalWaiters();
    all.forEach(listener -> listener.callback().run());
  }

  private void signalWaiters() {
    if (waiters.get() > 0) {
      lock.lock();
      try {
        advanced.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Waits until the watermark passes {@code offset} (something at or after it is visible), the
   * timeout elapses, or the partition closes.
   *
   * @return true if the watermark passed {@code offset}
   */
  boolean awaitBeyond(long offset, long timeoutMs) throws InterruptedException {
    if (position.nextOffset() > offset) {
      return true;
    }
    long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    lock.lock();
    waiters.incrementAndGet();
    try {
      while (position.nextOffset() <= offset && !closed) {
        if (remaining <= 0) {
          return false;
        }
        remaining = advanced.awaitNanos(remaining);
      }
      return position.nextOffset() > offset;
    } finally {
      waiters.decrementAndGet();
      lock.unlock();
    }
  }
}
