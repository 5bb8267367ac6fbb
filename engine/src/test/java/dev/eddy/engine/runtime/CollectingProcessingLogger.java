package dev.eddy.engine.runtime;

import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.processinglog.ProcessingLogger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps processing-log entries in memory for assertions. */
public final class CollectingProcessingLogger implements ProcessingLogger {

  private final List<ProcessingLogEntry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void log(ProcessingLogEntry entry) {
    entries.add(entry);
  }

  @Override
  public long errorCount(String queryId) {
    return entries.stream().filter(e -> e.queryId().equals(queryId)).count();
  }

  public List<ProcessingLogEntry> entries() {
    return entries;
  }
}
