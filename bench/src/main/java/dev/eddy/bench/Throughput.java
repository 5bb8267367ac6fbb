package dev.eddy.bench;

/**
 * What one timed run moved: records, payload bytes (key + value, the bytes a user hands over,
 * so every system is charged for its own framing) and the wall-clock time it took.
 */
public record Throughput(long records, long payloadBytes, long nanos) {

  public Throughput {
    if (nanos <= 0) {
      throw new IllegalArgumentException("a run must take time, got " + nanos + " ns");
    }
  }

  public static Throughput since(long startNanos, long records, long payloadBytes) {
    return new Throughput(records, payloadBytes, Math.max(1, System.nanoTime() - startNanos));
  }

  public double recordsPerSecond() {
    return records * 1e9 / nanos;
  }

  /** Decimal megabytes (10^6 bytes), as disk vendors and Kafka's perf tools count them. */
  public double megabytesPerSecond() {
    return payloadBytes * 1e9 / nanos / 1e6;
  }

  public double seconds() {
    return nanos / 1e9;
  }
}
