package dev.eddy.engine.runtime.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A running query: the tasks it runs (one per source partition), stopped and awaited together,
 * with their counters added up per operator for EXPLAIN ANALYZE and metrics. Thread-safe.
 */
public final class QueryHandle {

  private final String queryId;
  private final List<TaskHandle> tasks;

  public QueryHandle(String queryId, List<TaskHandle> tasks) {
    this.queryId = queryId;
    this.tasks = List.copyOf(tasks);
  }

  public String queryId() {
    return queryId;
  }

  public List<TaskHandle> tasks() {
    return tasks;
  }

  /** Stops every task. */
  public void cancel() {
    tasks.forEach(TaskHandle::cancel);
  }

  /** Waits for every task to end, within one overall timeout. */
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    for (TaskHandle task : tasks) {
      if (!task.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        return false;
      }
    }
    return true;
  }

  /** FAILED if any task failed, RUNNING while any runs, else FINISHED. */
  public TaskHandle.State state() {
    boolean running = false;
    for (TaskHandle task : tasks) {
      if (task.state() == TaskHandle.State.FAILED) {
        return TaskHandle.State.FAILED;
      }
      running |= task.state() == TaskHandle.State.RUNNING;
    }
    return running ? TaskHandle.State.RUNNING : TaskHandle.State.FINISHED;
  }

  /** The first task failure, or null. */
  public Throwable failure() {
    return tasks.stream().map(TaskHandle::failure).filter(f -> f != null).findFirst().orElse(null);
  }

  public long recordsRead() {
    return tasks.stream().mapToLong(t -> t.task().recordsRead()).sum();
  }

  public long recordsSkipped() {
    return tasks.stream().mapToLong(t -> t.task().recordsSkipped()).sum();
  }

  /** Each operator's counters summed over the tasks, in chain order. */
  public List<OperatorMetrics> operatorMetrics() {
    Map<String, OperatorMetrics> sums = new LinkedHashMap<>();
    for (TaskHandle task : tasks) {
      for (OperatorMetrics metrics : task.task().operatorMetrics()) {
        OperatorMetrics sum = sums.computeIfAbsent(metrics.operatorId(), OperatorMetrics::new);
        sum.addRowsIn(metrics.rowsIn());
        sum.addRowsOut(metrics.rowsOut());
        sum.addErrors(metrics.errors());
        sum.addLateRows(metrics.lateRows());
        sum.addStoresOf(metrics);
        sum.addNanos(metrics.nanos());
      }
    }
    return new ArrayList<>(sums.values());
  }
}
