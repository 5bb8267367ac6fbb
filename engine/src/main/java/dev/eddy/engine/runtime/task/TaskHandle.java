package dev.eddy.engine.runtime.task;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A task submitted to a {@link TaskRunner}: its state, and the way to stop it or wait for it.
 * A query holds one handle per task. Thread-safe.
 */
public final class TaskHandle {

  /** Where the task is in its life. */
  public enum State {
    RUNNING,
    FINISHED,
    FAILED
  }

  private final Task task;
  private final CountDownLatch terminated = new CountDownLatch(1);
  private volatile State state = State.RUNNING;
  private volatile Throwable failure;
  private volatile Instant failedAt;

  TaskHandle(Task task) {
    this.task = task;
  }

  public Task task() {
    return task;
  }

  public State state() {
    return state;
  }

  /** Why the task failed, or null. */
  public Throwable failure() {
    return failure;
  }

  /** When the task failed, or null. */
  public Instant failedAt() {
    return failedAt;
  }

  /** Stops the task; it ends within its poll wait (or at once if it is waiting on its sink). */
  public void cancel() {
    task.cancel();
  }

  /** Waits until the task has ended and released its resources. */
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return terminated.await(timeout, unit);
  }

  public boolean isTerminated() {
    return terminated.getCount() == 0;
  }

  void terminated(Throwable error) {
    failedAt = error == null ? null : Instant.now();
    failure = error;
    state = error == null ? State.FINISHED : State.FAILED;
    terminated.countDown();
  }
}
