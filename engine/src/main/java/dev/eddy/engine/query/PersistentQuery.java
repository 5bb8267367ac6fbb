package dev.eddy.engine.query;

import dev.eddy.engine.plan.Pipeline;
import java.util.Set;

/**
 * A query that runs on the engine until terminated, writing a sink topic: the result of CREATE
 * STREAM/TABLE AS SELECT or INSERT INTO ... SELECT. Its state is read off its tasks, so it
 * never says RUNNING once a task has failed.
 *
 * @param id the query id, e.g. CSAS_CLICKS_BY_USER_3
 * @param statement the statement as the user wrote it
 * @param sink the stream or table the query writes
 * @param sources the streams and tables it reads
 * @param plan the physical plan as EXPLAIN prints it
 * @param pipeline the translated plan
 * @param tasks its running tasks
 */
public record PersistentQuery(String id, String statement, String sink, Set<String> sources, String plan,
    Pipeline pipeline, RunningTasks tasks) {

  public PersistentQuery {
    sources = Set.copyOf(sources);
  }

  /** RUNNING, or ERROR when a task has failed. */
  public String state() {
    return tasks.failure().isPresent() ? "ERROR" : "RUNNING";
  }

  /** The failure that stopped the query and when it happened, or null. */
  public String lastError() {
    return tasks.failure().map(e -> (e.getMessage() == null ? e.toString() : e.getMessage())
        + " (at " + tasks.failedAt().map(Object::toString).orElse("?") + ")").orElse(null);
  }

  /** Counters for DESCRIBE EXTENDED: records read (and their rate since start) and records skipped as unreadable. */
  public String statistics() {
    double seconds = Math.max(1e-3, java.time.Duration.between(tasks.startedAt(), java.time.Instant.now()).toMillis() / 1000.0);
    return id + " " + state() + ": " + tasks.recordsRead() + " records read ("
        + String.format(java.util.Locale.ROOT, "%.1f", tasks.recordsRead() / seconds) + "/s since start), "
        + tasks.recordsSkipped() + " skipped" + (lastError() == null ? "" : "; last error: " + lastError());
  }
}
