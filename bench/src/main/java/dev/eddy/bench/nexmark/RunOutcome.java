package dev.eddy.bench.nexmark;

/**
 * One engine's run of one query.
 *
 * @param wallNanos from the first event read to the last result in the sink; for a run that
 *     timed out, the time it was given, so its events/s is an upper bound
 * @param rows the final result, when the run was asked to keep it (the correctness check), else null
 * @param timedOut whether the run was stopped before it finished
 */
record RunOutcome(long wallNanos, OutputRows rows, boolean timedOut) {

  RunOutcome(long wallNanos, OutputRows rows) {
    this(wallNanos, rows, false);
  }

  double eventsPerSecond(long events) {
    return events * 1e9 / Math.max(1, wallNanos);
  }
}
