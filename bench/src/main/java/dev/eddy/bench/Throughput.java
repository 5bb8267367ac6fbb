package dev.eddy.bench;

/**
 * What one timed run moved: records, payload bytes (key + value, the bytes a user hands over,
 * so every system is charged for its own framing), and the wall-clock and CPU time it took.
 */
public record Throughput(long records, long payloadBytes, CpuMeter.Timing timing) {

  public double recordsPerSecond() {
    return records * 1e9 / timing.wallNanos();
  }

  /** Decimal megabytes (10^6 bytes), as disk vendors and Kafka's perf tools count them. */
  public double megabytesPerSecond() {
    return payloadBytes * 1e9 / timing.wallNanos() / 1e6;
  }

  /** CPU nanoseconds a record, all threads of every process the run used. */
  public double cpuNanosPerRecord() {
    return (double) timing.cpuNanos() / records;
  }
}
