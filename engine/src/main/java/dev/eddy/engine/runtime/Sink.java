package dev.eddy.engine.runtime;

/**
 * The end of a task's chain: writes output batches to a topic, a push-query client, etc.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #write} makes the batch durable (or delivered) before it returns — a task commits
 *       its source offsets right after, so a sink that returned early would lose rows on a
 *       crash. A topic sink does one log append per target partition per batch.</li>
 *   <li>Backpressure follows Netty's channel writability: {@code write} always accepts the
 *       batch, and {@link #isWritable()} turns false once the sink holds more than its high
 *       water mark. The task does not read its source while its sink is not writable, and
 *       resumes when the sink calls the {@link #whenWritable} callback. The overshoot is bounded
 *       by one source batch's output.</li>
 *   <li>{@link #complete} and {@link #fail} are terminal and called at most once, before
 *       {@link #close}.</li>
 * </ul>
 * Called from the task's thread only, except {@link #whenWritable}'s callback, which the sink
 * may run on any thread.
 */
public interface Sink extends AutoCloseable {

  /** Writes every row of {@code batch}; the batch is only valid during the call. */
  void write(RowBatch batch);

  /** False while the sink is above its high water mark and the task should wait. */
  default boolean isWritable() {
    return true;
  }

  /**
   * Runs {@code callback} once, as soon as the sink is writable again (at once if it already
   * is). Replaces an earlier callback that has not run yet.
   */
  default void whenWritable(Runnable callback) {
    callback.run();
  }

  /** The query ended normally (e.g. its LIMIT was reached): no more batches follow. */
  default void complete() {}

  /** The query failed: no more batches follow; readers should see {@code error}. */
  default void fail(Throwable error) {}

  /** Releases resources. */
  @Override
  default void close() {}
}
