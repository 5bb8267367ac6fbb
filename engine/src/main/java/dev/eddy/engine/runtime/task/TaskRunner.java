package dev.eddy.engine.runtime.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small fixed pool of threads, cooperatively.
 *
 * <p>A task runs in slices: steps back to back for up to {@code sliceMs}, then it goes to the
 * back of the queue so every task gets a turn. A task whose sink is full does not occupy a
 * thread — it is re-queued by the sink's writability callback. A task is queued at most once
 * at any time, so the pool's queue is bounded by the number of tasks and a task never runs on
 * two threads at once.
 *
 * <p>A task without new data does not occupy a thread either: it is parked, re-queued by the
 * first append to any of its inputs, by a cancel, or by a timer after its
 * {@linkplain Task#idleWakeMs() idle wake} (to commit, or close windows by the wall clock). So
 * idle tasks cost nothing, however many there are.
 *
 * <p>Cancelling never interrupts a pool thread: an interrupt during a log append would close
 * the partition's file channel for everyone. The cancel wakes the task instead.
 */
public final class TaskRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
  private static final AtomicInteger RUNNERS = new AtomicInteger();

  private final ExecutorService pool;
  private final ScheduledExecutorService timers;
  private final long sliceNanos;

  /**
   * @param threads pool size
   * @param sliceMs how long one task may run before others get a turn
   */
  public TaskRunner(int threads, long sliceMs) {
    int runner = RUNNERS.incrementAndGet();
    AtomicInteger threadIds = new AtomicInteger();
    ThreadFactory factory = work -> {
      Thread thread = new Thread(work, "eddy-task-" + runner + "-" + threadIds.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
    this.timers = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "eddy-task-" + runner + "-timer");
      thread.setDaemon(true);
      return thread;
    });
    this.sliceNanos = TimeUnit.MILLISECONDS.toNanos(sliceMs);
  }

  /** Opens the task and starts running it. */
  public TaskHandle submit(Task task) {
    TaskHandle handle = new TaskHandle(task);
    Scheduled scheduled = new Scheduled(task, handle);
    try {
      task.open();
    } catch (RuntimeException e) {
      scheduled.end(e);
      return handle;
    }
    scheduled.schedule();
    return handle;
  }

  /** Stops accepting work and waits briefly for running slices; tasks should be cancelled first. */
  @Override
  public void close() {
    timers.shutdownNow();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** What a parked task waits on, released when it runs again. */
  private record Parked(AutoCloseable inputs, ScheduledFuture<?> timer) {
    void close() {
      timer.cancel(false);
      try {
        inputs.close();
      } catch (Exception e) {
        throw new IllegalStateException("Unregistering a parked task failed", e);
      }
    }
  }

  /** One task's scheduling state. */
  private final class Scheduled implements Runnable {
    private final Task task;
    private final TaskHandle handle;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicReference<Parked> parked = new AtomicReference<>();
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile boolean ended;

    Scheduled(Task task, TaskHandle handle) {
      this.task = task;
      this.handle = handle;
      // A cancelled task blocked on its sink must wake up to end.
      task.setWakeUp(this::schedule);
    }

    void schedule() {
      if (!ended && queued.compareAndSet(false, true)) {
        try {
          pool.execute(this);
        } catch (RejectedExecutionException e) {
          queued.set(false);
          end(e);
        }
      }
    }

    @Override
    public void run() {
      unpark();
      Task.StepResult result;
      try {
        result = runSlice();
      } catch (Throwable e) {
        end(e);
        return;
      }
      switch (result) {
        case DONE -> end(null);
        case BLOCKED -> {
          queued.set(false);
          task.sink().whenWritable(this::schedule);
        }
        case IDLE -> park();
        default -> {
          queued.set(false);
          schedule();
        }
      }
    }

    private Task.StepResult runSlice() throws InterruptedException {
      long deadline = System.nanoTime() + sliceNanos;
      Task.StepResult result;
      do {
        result = task.step();
      } while (result == Task.StepResult.PROGRESS && System.nanoTime() < deadline);
      return result;
    }

    /**
     * Waits for data, a timer or a cancel, without a thread; whichever comes first queues the
     * task. The waits are registered while the task is still marked queued (nothing else may run
     * it meanwhile), so a wake that comes during registration is remembered and acted on after.
     */
    private void park() {
      woken.set(false);
      try {
        ScheduledFuture<?> timer = timers.schedule(this::wake, task.idleWakeMs(), TimeUnit.MILLISECONDS);
        Parked previous = parked.getAndSet(new Parked(task.onInput(this::wake), timer));
        if (previous != null) {
          previous.close();
        }
      } catch (RejectedExecutionException e) {
        queued.set(false);
        end(e); // the runner is closing
        return;
      }
      queued.set(false);
      if (woken.get()) {
        schedule();
      }
    }

    private void wake() {
      woken.set(true);
      schedule();
    }

    private void unpark() {
      Parked previous = parked.getAndSet(null);
      if (previous != null) {
        previous.close();
      }
    }

    void end(Throwable failure) {
      unpark();
      if (ended) {
        return;
      }
      ended = true;
      Throwable error = failure;
      try {
        task.finish(failure);
      } catch (RuntimeException e) {
        if (error == null) {
          error = e;
        } else {
          error.addSuppressed(e);
        }
      }
      if (error != null) {
        LOG.error("Task {} failed", task.config().taskId(), error);
      }
      handle.terminated(error);
    }
  }
}
