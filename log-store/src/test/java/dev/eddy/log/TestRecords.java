package dev.eddy.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Deterministic test data: a record is a function of a seed, so readers can check every byte. */
final class TestRecords {

  private TestRecords() {}

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String string(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  /** Record number {@code n}: key "k<n>", a value of {@code valueSize} bytes derived from n, timestamp 1000 + n. */
  static Record record(long n, int valueSize) {
    return new Record(bytes("k" + n), value(n, valueSize), 1000 + n, List.of());
  }

  static byte[] value(long n, int size) {
    byte[] v = new byte[size];
    long x = n * 0x9E3779B97F4A7C15L + 1;
    for (int i = 0; i < size; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      v[i] = (byte) x;
    }
    return v;
  }

  static List<Record> records(long firstN, int count, int valueSize) {
    List<Record> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(record(firstN + i, valueSize));
    }
    return out;
  }

  /** Reads everything visible from {@code from} to the end offset. */
  static List<LogRecord> readAll(PartitionLog log, long from) {
    List<LogRecord> out = new ArrayList<>();
    long next = from;
    long end = log.endOffset();
    while (next < end) {
      FetchResult r = log.read(next, 64 << 10);
      out.addAll(r.records());
      if (r.nextOffset() <= next && r.records().isEmpty()) {
        throw new AssertionError("read made no progress at offset " + next);
      }
      next = r.nextOffset();
    }
    return out;
  }
}
