package dev.eddy.engine.runtime;

/**
 * A physical operator: consumes batches of one input and pushes rows to a {@link Collector}.
 *
 * <p>Contract (the runtime calls these from the task's thread only, never concurrently):
 * <ol>
 *   <li>{@link #open} once before anything else; then {@link #restore} if the task recovers
 *       from a snapshot;</li>
 *   <li>any interleaving of {@link #process} and {@link #onStreamTime};</li>
 *   <li>{@link #snapshot} between calls, when the task checkpoints;</li>
 *   <li>{@link #close} once, also after a failure.</li>
 * </ol>
 * Every row pushed to the collector is emitted synchronously ({@link Collector}), so an
 * operator never holds output; state it keeps on purpose (aggregates, windows) lives in its
 * state store. What to run is decided when the planner builds the operator — {@code process}
 * must not switch on plan node types per row.
 *
 * <p>Errors: an exception thrown while evaluating one row (a bad cast, a division by zero in
 * generated code) is caught by the operator, reported with
 * {@link OperatorContext#reportRowError} and the row is skipped; an exception escaping
 * {@code process} fails the task.
 */
public interface Operator {

  /** Prepares the operator; the context stays valid until {@link #close}. */
  default void open(OperatorContext context) {}

  /**
   * Processes every row of {@code input}. The batch is only valid during the call.
   *
   * @param input rows in this operator's input schema
   * @param out receives the output rows, in order
   */
  void process(RowBatch input, Collector out);

  /**
   * The task's stream time (the largest event time it has seen) advanced to {@code streamTime}.
   * Time operators close windows and expire state here; stateless ones ignore it. Called after
   * the batch that moved the time has been processed, and never with a smaller value.
   */
  default void onStreamTime(long streamTime, Collector out) {}

  /**
   * The task's input has been quiet for the query's {@code eddy.window.idle.close.ms}, and the
   * task moved stream time on by the wall clock to {@code streamTime}. Window operators, which
   * otherwise follow only the event times of the rows they see (as Kafka Streams' do), take it as
   * their stream time and close what it closes. Stateless operators ignore it.
   */
  default void onIdleAdvance(long streamTime, Collector out) {}

  /**
   * The operator's own state outside its state stores (e.g. the rows a LIMIT has passed), or
   * {@code null} when it has none. Called between {@code process} calls.
   */
  default byte[] snapshot() {
    return null;
  }

  /** Restores what {@link #snapshot} returned; never called with {@code null}. */
  default void restore(byte[] snapshot) {}

  /** Releases resources; must not throw for a partly opened operator. */
  default void close() {}
}
