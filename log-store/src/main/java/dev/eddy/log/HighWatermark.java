package dev.eddy.log;

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

  HighWatermark(LogPosition initial) {
    this.position = initial;
  }

  LogPosition get() {
    return position;
  }

  /** Moves the watermark to {@code newPosition} if it is further, waking waiting readers. */
  void advanceTo(LogPosition newPosition) {
    synchronized (this) {
      if (newPosition.nextOffset() <= position.nextOffset()) {
        return;
      }
      position = newPosition;
    }
    signalWaiters();
  }

  /** Wakes every waiter for good; they see the partition closed. */
  void close() {
    closed = true;
    signalWaiters();
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
