package dev.eddy.engine.runtime.window;

import java.time.Duration;
import java.util.Objects;

/**
 * A query's window: its kind, size (the gap for sessions), advance (hopping), grace period,
 * retention, and whether results are emitted only once the window closes (EMIT FINAL).
 *
 * <p>Times are milliseconds. A window {@code [start, end)} closes once stream time reaches
 * {@code end + grace}; a record for a closed window is late. Windows are kept for the
 * retention, counted back from stream time, and then removed. Defaults follow ksqlDB: a grace
 * period of 24 hours, a retention of at least one day and never less than size plus grace.
 *
 * @param alignment how far window boundaries are shifted from the epoch (for windows aligned to a
 *     time zone's midnight or an offset); 0 for ksqlDB's epoch-aligned windows
 */
public record WindowSpec(Type type, long size, long advance, long grace, long retention, long alignment,
    boolean emitFinal) {

  /** ksqlDB's default grace period when a query names none. */
  public static final long DEFAULT_GRACE_MS = Duration.ofHours(24).toMillis();
  private static final long MIN_DEFAULT_RETENTION_MS = Duration.ofDays(1).toMillis();

  public enum Type {
    TUMBLING,
    HOPPING,
    SESSION
  }

  public WindowSpec {
    Objects.requireNonNull(type, "type");
    if (size <= 0 || advance <= 0 || advance > size || grace < 0 || retention <= 0) {
      throw new IllegalArgumentException("Invalid window: " + type + " size " + size + ", advance " + advance
          + ", grace " + grace + ", retention " + retention);
    }
  }

  /**
   * A window with ksqlDB's defaults for what the query leaves out.
   *
   * @param advance null unless hopping
   * @param grace null for the default grace period
   * @param retention null for the default retention
   */
  public static WindowSpec of(Type type, long size, Long advance, Long grace, Long retention, long alignment,
      boolean emitFinal) {
    long g = grace == null ? DEFAULT_GRACE_MS : grace;
    long a = type == Type.HOPPING ? advance : size;
    long r = retention == null ? Math.max(MIN_DEFAULT_RETENTION_MS, size + g) : retention;
    return new WindowSpec(type, size, a, g, r, alignment, emitFinal);
  }

  /** The start of the first window (in time order) containing {@code timestamp}; tumbling and hopping. */
  public long firstStart(long timestamp) {
    long shifted = timestamp - alignment;
    long first = Math.max(0, shifted - size + advance);
    return first / advance * advance + alignment;
  }

  /** Whether a window ending at {@code end} is closed at {@code streamTime}. */
  public boolean isClosed(long end, long streamTime) {
    return streamTime != Long.MIN_VALUE && end <= streamTime - grace;
  }

  /**
   * Whether a session ending at {@code end} (its last event, inclusive) is closed at
   * {@code streamTime}: Kafka Streams still accepts a session ending exactly at stream time
   * minus grace.
   */
  public boolean isSessionClosed(long end, long streamTime) {
    return streamTime != Long.MIN_VALUE && end < streamTime - grace;
  }

  /** Whether a window ending at {@code end} is past its retention at {@code streamTime}. */
  public boolean isExpired(long end, long streamTime) {
    return streamTime != Long.MIN_VALUE && end <= streamTime - retention;
  }

  /** The window bounds as ksqlDB describes the window, e.g. {@code TUMBLING 60000 ms}. */
  @Override
  public String toString() {
    return type + " (size " + size + " ms" + (type == Type.HOPPING ? ", advance " + advance + " ms" : "")
        + ", grace " + grace + " ms, retention " + retention + " ms" + (alignment == 0 ? "" : ", aligned +" + alignment + " ms")
        + (emitFinal ? ", EMIT FINAL" : "") + ")";
  }
}
