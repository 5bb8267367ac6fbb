package dev.eddy.log;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What happens to old data: deleted by retention, or compacted to the last value per key. */
public enum CleanupPolicy {
  DELETE("delete"),
  COMPACT("compact");

  private final String configValue;

  CleanupPolicy(String configValue) {
    this.configValue = configValue;
  }

  /** The value as written in {@code cleanup.policy}. */
  public String configValue() {
    return configValue;
  }

  static CleanupPolicy fromConfigValue(String key, String value) {
    for (CleanupPolicy p : values()) {
      if (p.configValue.equals(value)) {
        return p;
      }
    }
    throw new IllegalArgumentException("invalid value '" + value + "' for '" + key + "'; accepted values: "
        + Arrays.stream(values()).map(CleanupPolicy::configValue).collect(Collectors.joining(", ")));
  }
}
