package dev.eddy.bench.window;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The events both engines aggregate, generated once from a seed before any clock starts: a key
 * drawn uniformly from {@code keys} keys, an amount, and an event time that advances evenly
 * through {@code minutes} minutes with some disorder. Both engines are fed the same bytes: the
 * key as ksqlDB's KAFKA format writes a STRING (its UTF-8 bytes) and the value as JSON
 * {@code {"AMOUNT":12.25}}.
 *
 * <p>Amounts are multiples of 0.25, which doubles hold exactly, so every sum is exact and the
 * engines' totals can be compared bit for bit whatever order they add in.
 */
public final class WindowEvents {

  /** 2026-01-01T00:00:00Z: whole minutes, so the windows start on the minute. */
  static final long FIRST_EVENT_TIME = 1_767_225_600_000L;

  /** One event in ten is delayed by up to this much: reordered, never late with a minute of grace. */
  private static final long JITTER_MS = 20_000;
  private static final double JITTER_SHARE = 0.10;
  /** One event in a thousand is a straggler this far behind, so some are late and dropped. */
  private static final long STRAGGLER_MIN_MS = 60_000;
  private static final long STRAGGLER_MAX_MS = 150_000;
  private static final double STRAGGLER_SHARE = 0.001;

  private final int keyCount;
  private final long spanMs;
  private final byte[][] keyBytes;
  private final String[] keyNames;
  private final int[] keyOf;
  private final long[] times;
  private final double[] amounts;
  private final byte[][] values;

  public WindowEvents(int events, int keys, int minutes, long seed) {
    if (events < 1 || keys < 1 || minutes < 1) {
      throw new IllegalArgumentException("events, keys and minutes must be positive");
    }
    this.keyCount = keys;
    this.spanMs = minutes * 60_000L;
    this.keyBytes = new byte[keys][];
    this.keyNames = new String[keys];
    for (int k = 0; k < keys; k++) {
      keyNames[k] = String.format("key%06d", k);
      keyBytes[k] = keyNames[k].getBytes(StandardCharsets.UTF_8);
    }
    this.keyOf = new int[events];
    this.times = new long[events];
    this.amounts = new double[events];
    this.values = new byte[events][];
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < events; i++) {
      keyOf[i] = random.nextInt(keys);
      amounts[i] = random.nextInt(401) / 4.0;
      long time = FIRST_EVENT_TIME + spanMs * i / events;
      double roll = random.nextDouble();
      if (roll < STRAGGLER_SHARE) {
        time -= random.nextLong(STRAGGLER_MIN_MS, STRAGGLER_MAX_MS);
      } else if (roll < STRAGGLER_SHARE + JITTER_SHARE) {
        time -= random.nextLong(JITTER_MS);
      }
      times[i] = time;
      values[i] = json(json, amounts[i]);
    }
  }

  private static byte[] json(ObjectMapper json, double amount) {
    try {
      return json.writeValueAsBytes(Map.of("AMOUNT", amount));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an amount as JSON", e);
    }
  }

  public int size() {
    return keyOf.length;
  }

  public int keyCount() {
    return keyCount;
  }

  public int minutes() {
    return (int) (spanMs / 60_000);
  }

  /** The event's key, as the KAFKA key format writes a STRING. Shared between events: do not change. */
  public byte[] key(int i) {
    return keyBytes[keyOf[i]];
  }

  public String keyName(int i) {
    return keyNames[keyOf[i]];
  }

  /** The event's value, JSON. */
  public byte[] value(int i) {
    return values[i];
  }

  public long time(int i) {
    return times[i];
  }

  public double amount(int i) {
    return amounts[i];
  }

  /** Key plus value bytes of the first {@code events} events: what a user hands either engine. */
  public long payloadBytes(long events) {
    long bytes = 0;
    for (int i = 0; i < events; i++) {
      bytes += key(i).length + values[i].length;
    }
    return bytes;
  }

  /** One line saying what the events are, for the report. */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%,d events, %,d keys (uniform), event times through %d minutes from %d; %.0f%% delayed up to %d s, "
            + "%.1f%% stragglers %d-%d s behind (some late, dropped by both); amounts are multiples of 0.25",
        size(), keyCount, minutes(), FIRST_EVENT_TIME, JITTER_SHARE * 100, JITTER_MS / 1000,
        STRAGGLER_SHARE * 100, STRAGGLER_MIN_MS / 1000, STRAGGLER_MAX_MS / 1000);
  }
}
