package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
