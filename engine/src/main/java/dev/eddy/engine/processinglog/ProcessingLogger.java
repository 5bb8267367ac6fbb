package dev.eddy.engine.processinglog;

/**
 * Where the runtime describes every record or row it skipped, so bad data never stops a query
 * and is never silently lost.
 *
 * <p>Contract: thread-safe (all tasks share one logger); {@link #log} never throws for a valid
 * entry — a logger that cannot write reports its own failure through its counters instead of
 * failing the query that hit bad data.
 */
public interface ProcessingLogger {

  /** The topic the entries go to; the catalog declares the stream {@code EDDY_PROCESSING_LOG} over it. */
  String TOPIC = "eddy_processing_log";

  /** Records one skipped record or row. */
  void log(ProcessingLogEntry entry);

  /** How many entries were logged for {@code queryId} since start. */
  long errorCount(String queryId);
}
