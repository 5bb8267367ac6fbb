package dev.eddy.engine.plan;

/**
 * What the planner needs to know of one join beyond Calcite's {@code Join}: which kind of
 * inputs meet (streams or tables, which decides the operator) and, for two streams, the
 * window of {@code WITHIN (before, after) GRACE PERIOD grace}.
 *
 * @param kind the inputs' kinds
 * @param beforeMs how far a right row may lag behind a left row (stream-stream only)
 * @param afterMs how far a right row may run ahead of a left row (stream-stream only)
 * @param graceMs how long after its window a late row is still joined (stream-stream only)
 * @param deferOuter whether unmatched rows of an outer side wait for their window to close
 *     (a GRACE PERIOD was given) rather than going out at once (ksqlDB's behaviour without one)
 */
public record JoinSpec(Kind kind, long beforeMs, long afterMs, long graceMs, boolean deferOuter) {

  /** Which inputs a join has, left then right. */
  public enum Kind {
    STREAM_STREAM,
    STREAM_TABLE,
    TABLE_TABLE
  }

  /** ksqlDB's grace period for a WITHIN without one: 24 hours, as Kafka Streams' old default. */
  public static final long DEFAULT_GRACE_MS = 24L * 60 * 60 * 1000;

  /** A join whose inputs need no window. */
  public static JoinSpec of(Kind kind) {
    return new JoinSpec(kind, 0, 0, 0, false);
  }

  /** How long a stream row is kept for joining: the window on both sides plus the grace. */
  public long retentionMs() {
    return beforeMs + afterMs + graceMs;
  }
}
