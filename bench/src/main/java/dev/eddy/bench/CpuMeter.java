package dev.eddy.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * CPU time used so far by this JVM plus any helper processes (a peer's broker). CPU per record
 * is what a run costs regardless of how much CPU other tenants of a shared machine left us,
 * so it stays comparable when wall-clock throughput swings.
 */
public final class CpuMeter {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final List<ProcessHandle> others;

  private CpuMeter(List<ProcessHandle> others) {
    this.others = List.copyOf(others);
  }

  public static CpuMeter thisJvm() {
    return new CpuMeter(List.of());
  }

  /** This JVM and {@code process}: the broker does half the work of a Kafka run. */
  public static CpuMeter thisJvmAnd(ProcessHandle process) {
    return new CpuMeter(List.of(process));
  }

  public long cpuNanos() {
    long total = os.getProcessCpuTime();
    for (ProcessHandle other : others) {
      total += other.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
    return total;
  }

  public Stopwatch start() {
    return new Stopwatch(this);
  }

  /** Wall-clock and CPU time from {@link CpuMeter#start()} to {@link #stop()}. */
  public static final class Stopwatch {
    private final CpuMeter meter;
    private final long wallStart;
    private final long cpuStart;

    private Stopwatch(CpuMeter meter) {
      this.meter = meter;
      this.cpuStart = meter.cpuNanos();
      this.wallStart = System.nanoTime();
    }

    public Timing stop() {
      long wall = System.nanoTime() - wallStart;
      return new Timing(Math.max(1, wall), meter.cpuNanos() - cpuStart);
    }
  }

  /** Elapsed wall-clock and CPU nanoseconds. */
  public record Timing(long wallNanos, long cpuNanos) {}
}
