package dev.eddy.log;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's two daemon threads and what runs on them.
 * <ul>
 *   <li>{@code eddy-log-flusher}: interval flushes ({@code flush.policy=interval}), one schedule per
 *       topic, and the periodic recovery-point checkpoint. Kept apart from maintenance so a long
 *       compaction never delays an fsync.</li>
 *   <li>{@code eddy-log-maintenance}: retention and compaction, and the delayed closing of retired
 *       segments.</li>
 * </ul>
 * At shutdown, delayed tasks are dropped rather than waited out; {@link #shutdown()} runs the
 * pending segment retirements itself.
 */
final class BackgroundTasks {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

  private final ScheduledExecutorService flusher = singleThreadScheduler("eddy-log-flusher");
  private final ScheduledExecutorService maintenance = singleThreadScheduler("eddy-log-maintenance");
  private final Map<String, ScheduledFuture<?>> intervalFlushes = new ConcurrentHashMap<>();
  private final Map<LogSegment, Runnable> pendingRetirements = new ConcurrentHashMap<>();
  private final long fileDeleteDelayMs;

  BackgroundTasks(long fileDeleteDelayMs) {
    this.fileDeleteDelayMs = fileDeleteDelayMs;
  }

  void scheduleMaintenance(Runnable task, long intervalMs) {
    maintenance.scheduleWithFixedDelay(task, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  void scheduleCheckpoints(Runnable task, long intervalMs) {
    flusher.scheduleWithFixedDelay(task, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Flushes the topic's partitions every {@code flush.interval.ms} if its policy is interval. */
  void scheduleIntervalFlush(FileTopicLog topic) {
    TopicConfig config = topic.config();
    if (config.flushPolicy() != FlushPolicy.INTERVAL) {
      return;
    }
    intervalFlushes.put(topic.name(), flusher.scheduleAtFixedRate(() -> flush(topic),
        config.flushIntervalMs(), config.flushIntervalMs(), TimeUnit.MILLISECONDS));
  }

  void cancelIntervalFlush(String topic) {
    ScheduledFuture<?> flush = intervalFlushes.remove(topic);
    if (flush != null) {
      flush.cancel(false);
    }
  }

  private static void flush(FileTopicLog topic) {
    for (FilePartitionLog partition : topic.partitions()) {
      if (partition.isClosed()) {
        continue;
      }
      try {
        partition.flush();
      } catch (LogClosedException e) {
        LOG.debug("Partition {} closed during flush", partition.topicPartition());
      } catch (RuntimeException e) {
        LOG.warn("Interval flush of {} failed; will retry", partition.topicPartition(), e);
      }
    }
  }

  /** {@link FilePartitionLog.SegmentRetirer}: runs {@code closeAction} after the file-delete delay. */
  void retire(LogSegment segment, Runnable closeAction) {
    pendingRetirements.put(segment, closeAction);
    Runnable task = () -> runRetirement(segment);
    try {
      maintenance.schedule(task, fileDeleteDelayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  private void runRetirement(LogSegment segment) {
    Runnable action = pendingRetirements.remove(segment);
    if (action == null) {
      return;
    }
    try {
      action.run();
    } catch (RuntimeException e) {
      // A retired segment's files are deleted on the next open anyway (.deleted suffix).
      LOG.warn("Closing retired segment {} failed", segment.logFile(), e);
    }
  }

  /** Stops both threads (waiting for a running task) and runs pending retirements now. */
  void shutdown() {
    maintenance.shutdown();
    flusher.shutdown();
    awaitTermination(maintenance);
    awaitTermination(flusher);
    for (LogSegment segment : List.copyOf(pendingRetirements.keySet())) {
      runRetirement(segment);
    }
  }

  /** Stops both threads without waiting (after a failed open). */
  void shutdownNow() {
    maintenance.shutdownNow();
    flusher.shutdownNow();
  }

  private static void awaitTermination(ScheduledExecutorService executor) {
    try {
      if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("Background log-store thread did not stop within 60 s; closing anyway");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ScheduledExecutorService singleThreadScheduler(String name) {
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, factory);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
