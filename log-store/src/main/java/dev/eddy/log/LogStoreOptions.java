package dev.eddy.log;

import java.time.Clock;
import java.util.Objects;

/**
 * Store-wide settings of a {@link FileLogStore} (per-topic settings live in {@link TopicConfig}).
 *
 * @param maintenanceIntervalMs how often retention and compaction run in the background
 * @param recoveryPointIntervalMs how often each partition's recovery point is written to disk;
 *     a shorter interval means less to re-validate after a crash
 * @param fileDeleteDelayMs how long a segment removed by retention or replaced by compaction
 *     stays open, so reads already in it can finish
 * @param clock the clock for retention, segment.ms and tombstone expiry (tests move it)
 */
public record LogStoreOptions(long maintenanceIntervalMs, long recoveryPointIntervalMs, long fileDeleteDelayMs,
    Clock clock) {

  public static final LogStoreOptions DEFAULT = builder().build();

  public LogStoreOptions {
    Objects.requireNonNull(clock, "clock");
    if (maintenanceIntervalMs < 1 || recoveryPointIntervalMs < 1 || fileDeleteDelayMs < 0) {
      throw new IllegalArgumentException("maintenanceIntervalMs (" + maintenanceIntervalMs + ") and recoveryPointIntervalMs ("
          + recoveryPointIntervalMs + ") must be >= 1, fileDeleteDelayMs (" + fileDeleteDelayMs + ") >= 0");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LogStoreOptions}; defaults: maintenance every 30 s, recovery point every 5 s, delete delay 60 s. */
  public static final class Builder {
    private long maintenanceIntervalMs = 30_000;
    private long recoveryPointIntervalMs = 5_000;
    private long fileDeleteDelayMs = 60_000;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder maintenanceIntervalMs(long ms) {
      this.maintenanceIntervalMs = ms;
      return this;
    }

    public Builder recoveryPointIntervalMs(long ms) {
      this.recoveryPointIntervalMs = ms;
      return this;
    }

    public Builder fileDeleteDelayMs(long ms) {
      this.fileDeleteDelayMs = ms;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public LogStoreOptions build() {
      return new LogStoreOptions(maintenanceIntervalMs, recoveryPointIntervalMs, fileDeleteDelayMs, clock);
    }
  }
}
