package dev.eddy.log;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes appends durable with as few fsyncs as possible. Appenders write their batch under the
 * partition's append lock, release it, then call {@link #awaitDurable(long)}. If no sync is
 * running, the caller runs one itself; it covers everything written so far, including batches
 * appended by others while it waited. Callers whose batch a running sync may not cover wait for it
 * to finish and then check again, running the next sync if needed. So N concurrent appenders
 * share roughly two fsyncs, not N.
 *
 * <p>The interval flusher and a clean shutdown use the same entry point, so there is exactly one
 * path that advances the durable offset.
 */
final class GroupCommit {

  /** Forces everything written so far to disk and returns the offset after the last batch it covers. */
  @FunctionalInterface
  interface Syncer {
    long syncWritten();
  }

  private final Syncer syncer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition syncDone = lock.newCondition();
  private long durableOffset;
  private boolean syncing;

  GroupCommit(Syncer syncer, long durableOffset) {
    this.syncer = syncer;
    this.durableOffset = durableOffset;
  }

  /**
   * Returns once every offset below {@code offset} is durable.
   *
   * @throws LogStorageException if the fsync this caller ran failed (a waiter on someone else's
   *     failed sync runs its own instead)
   */
  void awaitDurable(long offset) {
    lock.lock();
    try {
      while (durableOffset < offset) {
        if (syncing) {
          syncDone.awaitUninterruptibly();
          continue;
        }
        syncing = true;
        lock.unlock();
        long covered = Long.MIN_VALUE;
        try {
          covered = syncer.syncWritten();
        } finally {
          lock.lock();
          syncing = false;
          durableOffset = Math.max(durableOffset, covered);
          syncDone.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits, without syncing, until someone else's sync (the interval flusher's) makes every offset
   * below {@code offset} durable, or the timeout passes.
   *
   * @return true if durable
   */
  boolean awaitSyncedByOthers(long offset, long timeoutMs) throws InterruptedException {
    long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    lock.lock();
    try {
      while (durableOffset < offset) {
        if (remaining <= 0) {
          return false;
        }
        remaining = syncDone.awaitNanos(remaining);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  long durableOffset() {
    lock.lock();
    try {
      return durableOffset;
    } finally {
      lock.unlock();
    }
  }
}
