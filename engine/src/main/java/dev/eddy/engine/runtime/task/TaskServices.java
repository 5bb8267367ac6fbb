package dev.eddy.engine.runtime.task;

import dev.eddy.engine.processinglog.ProcessingLogger;
import java.util.function.LongSupplier;

/**
 * What a task's operators share: the query id, the processing log and a wall clock (injectable
 * so tests get exact log timestamps).
 *
 * @param queryId the query the task belongs to
 * @param processingLogger where skipped rows are described
 * @param clock wall-clock milliseconds, used for processing-log timestamps only
 */
public record TaskServices(String queryId, ProcessingLogger processingLogger, LongSupplier clock) {

  public TaskServices(String queryId, ProcessingLogger processingLogger) {
    this(queryId, processingLogger, System::currentTimeMillis);
  }
}
