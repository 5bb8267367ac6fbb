package dev.eddy.engine.runtime.task;

import dev.eddy.log.TopicPartition;
import java.util.Objects;

/**
 * How a task reads and commits.
 *
 * @param taskId unique within the query, e.g. {@code CSAS_X_1/0}
 * @param source the partition the task reads
 * @param consumerGroup where committed offsets live; {@code null} for transient (push) queries,
 *     which never commit
 * @param startPosition where to start when the group has no committed offset
 * @param batchSize rows per source batch (and per operator output batch)
 * @param fetchMaxBytes bytes per log read
 * @param pollWaitMs the shortest time an idle task sleeps before it steps again without new data
 *     (it is woken at once by data or a cancel; see {@link Task#idleWakeMs()})
 * @param commitIntervalMs minimum time between two offset commits (0: after every batch)
 * @param idleCloseMs after this long without input, stream time follows the wall clock, so
 *     windows close although no newer record arrives (0: never; stream time moves with event
 *     time only, as in ksqlDB)
 */
public record TaskConfig(
    String taskId,
    TopicPartition source,
    String consumerGroup,
    StartPosition startPosition,
    int batchSize,
    int fetchMaxBytes,
    long pollWaitMs,
    long commitIntervalMs,
    long idleCloseMs) {

  /** Where a task without committed offsets starts: ksqlDB's {@code auto.offset.reset}. */
  public enum StartPosition {
    EARLIEST,
    LATEST
  }

  public TaskConfig {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(startPosition, "startPosition");
    if (batchSize <= 0 || fetchMaxBytes <= 0 || pollWaitMs < 0 || commitIntervalMs < 0 || idleCloseMs < 0) {
      throw new IllegalArgumentException("Invalid task config " + taskId + ": batchSize " + batchSize
          + ", fetchMaxBytes " + fetchMaxBytes + ", pollWaitMs " + pollWaitMs + ", commitIntervalMs "
          + commitIntervalMs);
    }
  }

  /** Defaults: 512-row batches, 1 MiB reads, an idle wake after at least 100 ms, commits at most every second. */
  public static TaskConfig of(String taskId, TopicPartition source, String consumerGroup, StartPosition start) {
    return new TaskConfig(taskId, source, consumerGroup, start, 512, 1 << 20, 100, 1000, 0);
  }

  public TaskConfig withCommitIntervalMs(long commitIntervalMs) {
    return new TaskConfig(taskId, source, consumerGroup, startPosition, batchSize, fetchMaxBytes, pollWaitMs,
        commitIntervalMs, idleCloseMs);
  }

  public TaskConfig withBatchSize(int batchSize) {
    return new TaskConfig(taskId, source, consumerGroup, startPosition, batchSize, fetchMaxBytes, pollWaitMs,
        commitIntervalMs, idleCloseMs);
  }

  public TaskConfig withIdleCloseMs(long idleCloseMs) {
    return new TaskConfig(taskId, source, consumerGroup, startPosition, batchSize, fetchMaxBytes, pollWaitMs,
        commitIntervalMs, idleCloseMs);
  }
}
