package dev.eddy.bench.window;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The final count and sum of every (key, window): what an aggregation's output topic says once
 * every update has been read (the last record per windowed key wins), or what the reference
 * computes. Two engines agree when their {@link #checksum()}s are equal.
 */
final class WindowTotals {

  /** A key's window, by its start. */
  record KeyWindow(String key, long start) {}

  /** A window's aggregate. */
  record Total(long count, double sum) {}

  /**
   * An order-independent digest of the whole set: the number of windows, the counts and sums
   * added up, and the CRC32C of each (key, start, count, sum) added up.
   */
  record Checksum(long windows, long events, double sum, long digest) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "windows=%d events=%d sum=%.2f digest=%016x", windows, events, sum, digest);
    }
  }

  private final Map<KeyWindow, Total> totals = new HashMap<>();

  /** Sets a window's total; a later call for the same window replaces it, as an upsert does. */
  void put(String key, long start, long count, double sum) {
    totals.put(new KeyWindow(key, start), new Total(count, sum));
  }

  /** Removes a window, as a tombstone does. */
  void remove(String key, long start) {
    totals.remove(new KeyWindow(key, start));
  }

  Total get(String key, long start) {
    return totals.get(new KeyWindow(key, start));
  }

  int windows() {
    return totals.size();
  }

  Checksum checksum() {
    long events = 0;
    double sum = 0;
    long digest = 0;
    CRC32C crc = new CRC32C();
    for (Map.Entry<KeyWindow, Total> entry : totals.entrySet()) {
      byte[] key = entry.getKey().key().getBytes(StandardCharsets.UTF_8);
      Total total = entry.getValue();
      crc.reset();
      crc.update(ByteBuffer.allocate(key.length + 3 * Long.BYTES).put(key).putLong(entry.getKey().start())
          .putLong(total.count()).putLong(Double.doubleToLongBits(total.sum())).flip());
      digest += crc.getValue();
      events += total.count();
      sum += total.sum();
    }
    return new Checksum(totals.size(), events, sum, digest);
  }

  /** Up to {@code limit} windows where this and {@code other} differ, described, for a failure message. */
  List<String> differences(WindowTotals other, int limit) {
    Set<KeyWindow> all = new HashSet<>(totals.keySet());
    all.addAll(other.totals.keySet());
    List<String> found = new ArrayList<>();
    for (KeyWindow window : all) {
      Total mine = totals.get(window);
      Total theirs = other.totals.get(window);
      if (!Objects.equals(mine, theirs)) {
        found.add(window + ": " + mine + " vs " + theirs);
        if (found.size() == limit) {
          break;
        }
      }
    }
    return found;
  }
}
