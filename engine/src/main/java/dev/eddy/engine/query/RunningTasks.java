package dev.eddy.engine.query;

import dev.eddy.engine.runtime.task.OperatorMetrics;
import dev.eddy.engine.runtime.task.Task;
import dev.eddy.engine.runtime.task.TaskHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The tasks of one query, one per source partition. Thread-safe. */
public final class RunningTasks {

  private static final long STOP_WAIT_SECONDS = 30;

  private final List<TaskHandle> handles;
  private final List<String> internalTopics;
  private final Instant startedAt = Instant.now();

  RunningTasks(List<TaskHandle> handles, List<String> internalTopics) {
    this.handles = List.copyOf(handles);
    this.internalTopics = List.copyOf(internalTopics);
  }

  /** When the query's tasks were started (in this process). */
  public Instant startedAt() {
    return startedAt;
  }

  /** The repartition and changelog topics the query made for itself. */
  public List<String> internalTopics() {
    return internalTopics;
  }

  /** Every task, for state and counters. */
  public List<TaskHandle> handles() {
    return handles;
  }

  /** Cancels every task and waits until each has committed, closed its operators and ended. */
  public void stop() {
    handles.forEach(TaskHandle::cancel);
    for (TaskHandle handle : handles) {
      try {
        handle.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The first failure of any task, if one failed. */
  public Optional<Throwable> failure() {
    return failed().map(TaskHandle::failure);
  }

  /** When the first failed task failed. */
  public Optional<Instant> failedAt() {
    return failed().map(TaskHandle::failedAt);
  }

  private Optional<TaskHandle> failed() {
    return handles.stream().filter(h -> h.state() == TaskHandle.State.FAILED).findFirst();
  }

  /** Whether every task still running has read each of its inputs to the end. */
  public boolean caughtUp() {
    return handles.stream().allMatch(h -> h.isTerminated() || h.task().caughtUp());
  }

  public boolean allEnded() {
    return handles.stream().allMatch(TaskHandle::isTerminated);
  }

  public long recordsRead() {
    return handles.stream().mapToLong(h -> h.task().recordsRead()).sum();
  }

  public long recordsSkipped() {
    return handles.stream().mapToLong(h -> h.task().recordsSkipped()).sum();
  }

  /** One line per task and operator with its counters, for EXPLAIN ANALYZE. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (TaskHandle handle : handles) {
      Task task = handle.task();
      lines.add("task " + task.config().taskId() + " [" + handle.state() + "] source " + task.sourcePartition()
          + ": records read " + task.recordsRead() + ", skipped " + task.recordsSkipped()
          + ", committed offset " + task.committedOffset() + ", stream time " + task.streamTime());
      for (OperatorMetrics metrics : task.operatorMetrics()) {
        lines.add("  " + metrics + ", " + metrics.nanos() / 1_000_000 + " ms");
      }
    }
    return lines;
  }
}
