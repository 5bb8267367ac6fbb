package dev.eddy.engine.runtime.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A query's window: its kind, size (the gap for sessions), advance (hopping), grace period,
 * retention, and whether results are emitted only once the window closes (EMIT FINAL).
 *
 * <p>Times are milliseconds. A window {@code [start, end)} closes once stream time reaches
 * {@code end + grace}; a record for a closed window is late. Windows are kept for the
 * retention, counted back from stream time, and then removed. Defaults follow ksqlDB: a grace
 * period of 24 hours (none under EMIT FINAL), a retention of at least one day and never less
 * than size plus grace.
 *
 * @param alignment how far window boundaries are shifted from the epoch (the window functions'
 *     offset); 0 for ksqlDB's epoch-aligned windows
 * @param zone the time zone whose wall clock windows align to — a 1-day window runs from local
 *     midnight to local midnight, 23 or 25 hours across a daylight-saving change — or null for
 *     UTC (beyond ksqlDB)
 */
public record WindowSpec(Type type, long size, long advance, long grace, long retention, long alignment,
    ZoneId zone, boolean emitFinal) {

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
      ZoneId zone, boolean emitFinal) {
    // ksqlDB's EMIT FINAL without a GRACE PERIOD emits as soon as a window ends.
    long g = grace != null ? grace : emitFinal ? 0 : DEFAULT_GRACE_MS;
    long a = type == Type.HOPPING ? advance : size;
    long r = retention == null ? Math.max(MIN_DEFAULT_RETENTION_MS, size + g) : retention;
    if (r < size + g) {
      // A window removed before it closes would lose the rows still allowed into it.
      throw new IllegalArgumentException("The window's RETENTION (" + r + " ms) must be at least its size plus its"
          + " grace period (" + (size + g) + " ms).");
    }
    if (type == Type.HOPPING && (a <= 0 || a > size)) {
      throw new IllegalArgumentException("A hopping window's ADVANCE BY (" + a + " ms) must be positive and at most"
          + " its SIZE (" + size + " ms).");
    }
    return new WindowSpec(type, size, a, g, r, alignment, zone, emitFinal);
  }

  /** Receives one window's bounds. */
  @FunctionalInterface
  public interface Bounds {
    void accept(long start, long end);
  }

  /**
   * Every tumbling or hopping window containing {@code timestamp}, in time order: windows start
   * at multiples of the advance (Kafka Streams never starts one before the epoch), shifted by
   * the alignment, on the zone's wall clock when there is one.
   */
  public void windowsOf(long timestamp, Bounds bounds) {
    long local = zone == null ? timestamp : timestamp + offsetAt(timestamp);
    long lowest = local - alignment - size + advance;
    // Kafka Streams starts no epoch-aligned window before the epoch; aligned windows follow their offset.
    long first = (alignment == 0 ? Math.max(0, lowest) / advance * advance : Math.floorDiv(lowest, advance) * advance)
        + alignment;
    for (long start = first; start <= local; start += advance) {
      if (zone == null) {
        bounds.accept(start, start + size);
      } else {
        long utcStart = utc(start);
        long utcEnd = utc(start + size);
        if (utcStart <= timestamp && timestamp < utcEnd) {
          bounds.accept(utcStart, utcEnd);
        }
      }
    }
  }

  private long offsetAt(long timestamp) {
    return zone.getRules().getOffset(Instant.ofEpochMilli(timestamp)).getTotalSeconds() * 1000L;
  }

  /** The instant of a wall-clock time (epoch milliseconds read as local) in the zone. */
  private long utc(long localMillis) {
    LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000),
        (int) Math.floorMod(localMillis, 1000) * 1_000_000, ZoneOffset.UTC);
    return local.atZone(zone).toInstant().toEpochMilli();
  }

  /** Whether a window ending at {@code end} is closed at {@code streamTime}. */
  public boolean isClosed(long end, long streamTime) {
    return streamTime != Long.MIN_VALUE && end <= streamTime - grace;
  }

  /**
   * Whether a session ending at {@code end} (its last event, inclusive) is closed at
   * {@code streamTime}: no row within the grace period can reach it any more, so it closes once
   * stream time passes its end plus the gap plus the grace period, as in Kafka Streams.
   */
  public boolean isSessionClosed(long end, long streamTime) {
    return streamTime != Long.MIN_VALUE && end < streamTime - grace - size;
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
        + (zone == null ? "" : ", time zone " + zone)
        + (emitFinal ? ", EMIT FINAL" : "") + ")";
  }
}
