package dev.eddy.bench.window;

/**
 * What one engine's run left, beside its timing: its output read back, and its window state.
 *
 * @param events events the run was fed
 * @param output the run's output topic, read after the run
 * @param stateEntries (key, window) entries in the aggregate's state store
 * @param stateBytes the encoded bytes of those entries, as the engine's changelog holds them
 */
record RunOutcome(long events, AggregateOutput output, long stateEntries, long stateBytes) {

  double stateBytesPerEntry() {
    return (double) stateBytes / stateEntries;
  }
}
