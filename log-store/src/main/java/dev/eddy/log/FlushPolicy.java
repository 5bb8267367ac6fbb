package dev.eddy.log;

import java.util.Arrays;
import java.util.stream.Collectors;

/** When appended data is forced to disk ({@code flush.policy}). */
public enum FlushPolicy {
  /** fsync before the append returns; concurrent appenders share one fsync (group commit). */
  EVERY_BATCH("every-batch"),
  /** fsync every {@code flush.interval.ms} by a background flusher. */
  INTERVAL("interval"),
  /** Page cache only; the operating system writes back when it chooses. */
  OS("os");

  private final String configValue;

  FlushPolicy(String configValue) {
    this.configValue = configValue;
  }

  /** The value as written in {@code flush.policy}. */
  public String configValue() {
    return configValue;
  }

  static FlushPolicy fromConfigValue(String key, String value) {
    for (FlushPolicy p : values()) {
      if (p.configValue.equals(value)) {
        return p;
      }
    }
    throw new IllegalArgumentException("invalid value '" + value + "' for '" + key + "'; accepted values: "
        + Arrays.stream(values()).map(FlushPolicy::configValue).collect(Collectors.joining(", ")));
  }
}
