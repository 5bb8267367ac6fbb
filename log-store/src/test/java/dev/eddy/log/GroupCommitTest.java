package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  @Test
  void appendersWaitingOnARunningSyncShareTheNextOne() throws Exception {
    AtomicLong written = new AtomicLong();
    AtomicInteger syncs = new AtomicInteger();
    CountDownLatch firstSyncMayFinish = new CountDownLatch(1);
    CountDownLatch firstSyncStarted = new CountDownLatch(1);
    GroupCommit commit = new GroupCommit(() -> {
      long covered = written.get();
      if (syncs.incrementAndGet() == 1) {
        firstSyncStarted.countDown();
        await(firstSyncMayFinish);
      }
      return covered;
    }, 0);

    written.set(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> commit.awaitDurable(1));
    assertThat(firstSyncStarted.await(30, TimeUnit.SECONDS)).isTrue();
    // Three more appenders write while the first sync runs; it does not cover them.
    written.set(4);
    Thread[] waiters = new Thread[3];
    for (int i = 0; i < 3; i++) {
      long offset = 2 + i;
      waiters[i] = new Thread(() -> commit.awaitDurable(offset));
      waiters[i].start();
    }
    awaitAllWaiting(waiters);
    firstSyncMayFinish.countDown();
    first.get(30, TimeUnit.SECONDS);
    for (Thread t : waiters) {
      t.join(30_000);
      assertThat(t.isAlive()).isFalse();
    }
    assertThat(syncs.get()).isEqualTo(2);
    assertThat(commit.durableOffset()).isEqualTo(4);
  }

  @Test
  void aCoveredOffsetReturnsWithoutSyncing() {
    AtomicInteger syncs = new AtomicInteger();
    GroupCommit commit = new GroupCommit(() -> {
      syncs.incrementAndGet();
      return 10;
    }, 5);
    commit.awaitDurable(5);
    assertThat(syncs.get()).isZero();
    commit.awaitDurable(6);
    commit.awaitDurable(10);
    assertThat(syncs.get()).isEqualTo(1);
  }

  @Test
  void aRegisteredFutureCompletesOnlyOnceASyncCoversIt() throws Exception {
    CountDownLatch syncStarted = new CountDownLatch(1);
    CountDownLatch syncMayFinish = new CountDownLatch(1);
    GroupCommit commit = new GroupCommit(() -> {
      syncStarted.countDown();
      await(syncMayFinish);
      return 3;
    }, 0);
    CompletableFuture<AppendResult> future = commit.register(3, new AppendResult(0, 2));
    assertThat(syncStarted.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(future).isNotDone();
    assertThat(commit.durableOffset()).isZero();
    syncMayFinish.countDown();
    assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(new AppendResult(0, 2));
    assertThat(commit.durableOffset()).isEqualTo(3);
  }

  @Test
  void oneSyncCoversEveryFutureRegisteredWhileThePreviousOneRan() throws Exception {
    AtomicLong written = new AtomicLong();
    AtomicInteger syncs = new AtomicInteger();
    CountDownLatch firstSyncStarted = new CountDownLatch(1);
    CountDownLatch firstSyncMayFinish = new CountDownLatch(1);
    GroupCommit commit = new GroupCommit(() -> {
      long covered = written.get();
      if (syncs.incrementAndGet() == 1) {
        firstSyncStarted.countDown();
        await(firstSyncMayFinish);
      }
      return covered;
    }, 0);
    written.set(1);
    List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
    futures.add(commit.register(1, new AppendResult(0, 0)));
    assertThat(firstSyncStarted.await(30, TimeUnit.SECONDS)).isTrue();
    for (long offset = 1; offset < 10; offset++) {
      written.set(offset + 1);
      futures.add(commit.register(offset + 1, new AppendResult(offset, offset)));
    }
    firstSyncMayFinish.countDown();
    List<Long> completionOrder = Collections.synchronizedList(new ArrayList<>());
    for (CompletableFuture<AppendResult> f : futures) {
      f.thenAccept(r -> completionOrder.add(r.firstOffset()));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(syncs.get()).isEqualTo(2);
    assertThat(completionOrder).hasSize(10);
    assertThat(commit.durableOffset()).isEqualTo(10);
  }

  @Test
  void futuresCompleteInOffsetOrder() throws Exception {
    AtomicLong written = new AtomicLong();
    GroupCommit commit = new GroupCommit(written::get, 0);
    // A callback attached to an already-completed future runs at once on the attaching thread,
    // so the order callbacks run in proves nothing; what must hold is that when a future
    // completes, every future before it has completed already.
    List<CompletableFuture<AppendResult>> registered = Collections.synchronizedList(new ArrayList<>());
    List<Long> completedBeforeAnEarlierOne = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<?>> futures = new ArrayList<>();
    for (long offset = 0; offset < 200; offset++) {
      written.set(offset + 1);
      CompletableFuture<AppendResult> future = commit.register(offset + 1, new AppendResult(offset, offset));
      registered.add(future);
      int index = (int) offset;
      futures.add(future.thenAccept(r -> {
        List<CompletableFuture<AppendResult>> earlier;
        synchronized (registered) {
          earlier = new ArrayList<>(registered.subList(0, index));
        }
        if (!earlier.stream().allMatch(CompletableFuture::isDone)) {
          completedBeforeAnEarlierOne.add(r.firstOffset());
        }
      }));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(futures).hasSize(200);
    assertThat(completedBeforeAnEarlierOne).isEmpty();
  }

  @Test
  void aFailedSyncFailsTheFuturesItDidNotCoverAndKeepsTheCoveredOnes() throws Exception {
    AtomicInteger syncs = new AtomicInteger();
    LogStorageException failure = new LogStorageException("fsync failed");
    GroupCommit commit = new GroupCommit(() -> {
      if (syncs.incrementAndGet() == 1) {
        return 1;
      }
      throw failure;
    }, 0);
    CompletableFuture<AppendResult> covered = commit.register(1, new AppendResult(0, 0));
    assertThat(covered.get(30, TimeUnit.SECONDS)).isEqualTo(new AppendResult(0, 0));
    CompletableFuture<AppendResult> uncovered = commit.register(2, new AppendResult(1, 1));
    assertThatThrownBy(() -> uncovered.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseReference(failure);
    assertThat(commit.durableOffset()).isEqualTo(1);
    // A synchronous appender whose own sync fails still gets the exception thrown.
    assertThatThrownBy(() -> commit.awaitDurable(2)).isSameAs(failure);
  }

  @Test
  void failUncoveredFailsPendingFuturesWithTheGivenError() {
    // An executor that never runs the sync, so the future stays pending.
    GroupCommit commit = new GroupCommit(() -> 0, 0, task -> { });
    CompletableFuture<AppendResult> pending = commit.register(5, new AppendResult(0, 4));
    assertThat(pending).isNotDone();
    LogClosedException closed = new LogClosedException("closed");
    commit.failUncovered(closed);
    assertThat(pending).isCompletedExceptionally();
    assertThatThrownBy(pending::join).hasCauseReference(closed);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits (deadline 30 s) until every thread is parked on the commit's condition. */
  private static void awaitAllWaiting(Thread[] threads) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Thread t : threads) {
      while (t.getState() != Thread.State.WAITING) {
        assertThat(System.nanoTime()).as("thread %s parks before the deadline", t.getName()).isLessThan(deadline);
        Thread.onSpinWait();
        Thread.yield();
      }
    }
  }
}
