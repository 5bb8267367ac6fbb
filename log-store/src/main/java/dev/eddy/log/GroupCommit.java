package dev.eddy.log;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
 *
 * <p>Pipelined appenders ({@link PartitionLog#appendAsync}) do not wait: they {@link #register} a
 * future for their batch's end offset (in offset order, under the append lock) and move on. A sync
 * runs on {@link #asyncSyncs} for them whenever registered futures are not yet covered, one at a
 * time, and keeps going while new ones arrive, so one fsync covers every batch written while the
 * previous one ran. Whoever runs a sync, a synchronous appender or the async runner, completes the
 * futures it covered, in offset order; a failed sync fails every future it did not cover.
 */
final class GroupCommit {

  /** Runs syncs for pipelined appends: daemon threads, created on demand, gone after a minute idle. */
  private static final Executor SHARED_ASYNC_SYNCS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "eddy-log-async-sync");
    t.setDaemon(true);
    return t;
  });

  /** A pipelined append waiting to become durable. */
  private record Waiter(long offset, AppendResult result, CompletableFuture<AppendResult> future) {}

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
  private final Executor asyncSyncs;
  /** Pipelined appends not yet completed, in offset order; guarded by {@link #lock}. */
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  /** True while an async runner is scheduled or running; guarded by {@link #lock}. */
  private boolean asyncRunnerActive;
  /** Held while completing futures, so they complete in offset order even with two completers. */
  private final ReentrantLock completing = new ReentrantLock();

  GroupCommit(Syncer syncer, long durableOffset) {
    this(syncer, durableOffset, SHARED_ASYNC_SYNCS);
  }

  GroupCommit(Syncer syncer, long durableOffset, Executor asyncSyncs) {
    this.syncer = syncer;
    this.durableOffset = durableOffset;
    this.asyncSyncs = asyncSyncs;
  }

  /**
   * Registers a pipelined append whose batch ends before {@code offset} and makes sure a sync will
   * cover it. Call under the append lock, after the batch is written, so registrations arrive in
   * offset order.
   *
   * @return a future completed with {@code result} once every offset below {@code offset} is
   *     durable, or exceptionally with the error of the sync that should have covered it
   */
  CompletableFuture<AppendResult> register(long offset, AppendResult result) {
    CompletableFuture<AppendResult> future = new CompletableFuture<>();
    boolean covered;
    lock.lock();
    try {
      // Queued even when already durable: completing it here could overtake an earlier future
      // that another thread is still completing, and futures complete in offset order.
      waiters.addLast(new Waiter(offset, result, future));
      covered = durableOffset >= offset;
      if (!covered) {
        // A runner that is active re-checks the queue under the lock before it stops, so it sees this waiter.
        if (asyncRunnerActive) {
          return future;
        }
        asyncRunnerActive = true;
      }
    } finally {
      lock.unlock();
    }
    if (covered) {
      completeCovered();
      return future;
    }
    try {
      asyncSyncs.execute(this::runAsyncSyncs);
    } catch (RuntimeException e) {
      lock.lock();
      try {
        asyncRunnerActive = false;
      } finally {
        lock.unlock();
      }
      failUncovered(e);
    }
    return future;
  }

  /** The async runner: syncs while registered futures are not covered, then stops. */
  private void runAsyncSyncs() {
    while (true) {
      long target;
      lock.lock();
      try {
        Waiter last = waiters.peekLast();
        if (last == null || last.offset() <= durableOffset) {
          asyncRunnerActive = false;
          break;
        }
        target = last.offset();
      } finally {
        lock.unlock();
      }
      try {
        awaitDurable(target);
      } catch (RuntimeException | Error e) {
        // awaitDurable failed the futures this sync did not cover; later ones get their own try.
        continue;
      }
    }
    completeCovered();
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
        Throwable failure = null;
        try {
          covered = syncer.syncWritten();
        } catch (Throwable t) {
          failure = t;
          throw t;
        } finally {
          lock.lock();
          syncing = false;
          durableOffset = Math.max(durableOffset, covered);
          syncDone.signalAll();
          if (!waiters.isEmpty()) {
            lock.unlock();
            try {
              completeCovered();
              if (failure != null) {
                failUncovered(failure);
              }
            } finally {
              lock.lock();
            }
          }
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

  /** Completes, in offset order, the registered futures the durable offset covers. Call without {@link #lock}. */
  private void completeCovered() {
    completing.lock();
    try {
      while (true) {
        Waiter w;
        lock.lock();
        try {
          w = waiters.peekFirst();
          if (w == null || w.offset() > durableOffset) {
            return;
          }
          waiters.pollFirst();
        } finally {
          lock.unlock();
        }
        w.future().complete(w.result());
      }
    } finally {
      completing.unlock();
    }
  }

  /**
   * Fails every registered future not covered by the durable offset: the sync meant for them
   * failed, so whether their batches reached the disk is unknown. Call without {@link #lock}.
   */
  void failUncovered(Throwable failure) {
    completing.lock();
    try {
      while (true) {
        Waiter w;
        lock.lock();
        try {
          w = waiters.pollFirst();
        } finally {
          lock.unlock();
        }
        if (w == null) {
          return;
        }
        // A covered one (a sync finished meanwhile) still succeeds: durability is a prefix.
        if (w.offset() <= durableOffset()) {
          w.future().complete(w.result());
        } else {
          w.future().completeExceptionally(failure);
        }
      }
    } finally {
      completing.unlock();
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
