package dev.eddy.log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A topic's configuration. Immutable; build with {@link #builder()}, or read Kafka-named
 * properties with {@link #fromProperties(Map)}. Every instance is valid: the constructor rejects
 * out-of-range values with an {@link IllegalArgumentException} naming the property.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><th>key</th><th>default</th><th>accepted</th></tr>
 *   <tr><td>partitions</td><td>1</td><td>1..10000</td></tr>
 *   <tr><td>cleanup.policy</td><td>delete</td><td>delete | compact</td></tr>
 *   <tr><td>retention.ms</td><td>604800000 (7 days)</td><td>-1 (forever) or &ge; 0</td></tr>
 *   <tr><td>retention.bytes</td><td>-1 (unbounded)</td><td>-1 or &ge; 0; per partition</td></tr>
 *   <tr><td>segment.bytes</td><td>1073741824 (1 GiB)</td><td>1024..2147483647</td></tr>
 *   <tr><td>segment.ms</td><td>none</td><td>&ge; 1; roll the active segment at the first append after it is this
 *       old (counted from its creation, or from the store's opening for a segment found on disk)</td></tr>
 *   <tr><td>delete.retention.ms</td><td>86400000 (1 day)</td><td>&ge; 0; how long compaction keeps tombstones</td></tr>
 *   <tr><td>flush.policy</td><td>every-batch</td><td>every-batch | interval | os</td></tr>
 *   <tr><td>flush.interval.ms</td><td>1000</td><td>&ge; 1; used by flush.policy=interval</td></tr>
 * </table>
 */
public record TopicConfig(
    int partitions,
    CleanupPolicy cleanupPolicy,
    long retentionMs,
    long retentionBytes,
    int segmentBytes,
    OptionalLong segmentMs,
    long deleteRetentionMs,
    FlushPolicy flushPolicy,
    long flushIntervalMs) {

  public static final String PARTITIONS = "partitions";
  public static final String CLEANUP_POLICY = "cleanup.policy";
  public static final String RETENTION_MS = "retention.ms";
  public static final String RETENTION_BYTES = "retention.bytes";
  public static final String SEGMENT_BYTES = "segment.bytes";
  public static final String SEGMENT_MS = "segment.ms";
  public static final String DELETE_RETENTION_MS = "delete.retention.ms";
  public static final String FLUSH_POLICY = "flush.policy";
  public static final String FLUSH_INTERVAL_MS = "flush.interval.ms";

  /** Every accepted key, in documentation order. */
  public static final List<String> KEYS = List.of(PARTITIONS, CLEANUP_POLICY, RETENTION_MS, RETENTION_BYTES,
      SEGMENT_BYTES, SEGMENT_MS, DELETE_RETENTION_MS, FLUSH_POLICY, FLUSH_INTERVAL_MS);

  static final int MAX_PARTITIONS = 10_000;
  static final int MIN_SEGMENT_BYTES = 1024;

  /** The defaults: one partition, delete after 7 days, 1 GiB segments, fsync every batch. */
  public static final TopicConfig DEFAULT = builder().build();

  public TopicConfig {
    Objects.requireNonNull(cleanupPolicy, CLEANUP_POLICY);
    Objects.requireNonNull(segmentMs, SEGMENT_MS);
    Objects.requireNonNull(flushPolicy, FLUSH_POLICY);
    checkRange(PARTITIONS, partitions, 1, MAX_PARTITIONS);
    checkRange(RETENTION_MS, retentionMs, -1, Long.MAX_VALUE);
    checkRange(RETENTION_BYTES, retentionBytes, -1, Long.MAX_VALUE);
    checkRange(SEGMENT_BYTES, segmentBytes, MIN_SEGMENT_BYTES, Integer.MAX_VALUE);
    if (segmentMs.isPresent()) {
      checkRange(SEGMENT_MS, segmentMs.getAsLong(), 1, Long.MAX_VALUE);
    }
    checkRange(DELETE_RETENTION_MS, deleteRetentionMs, 0, Long.MAX_VALUE);
    checkRange(FLUSH_INTERVAL_MS, flushIntervalMs, 1, Long.MAX_VALUE);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this config's values. */
  public Builder toBuilder() {
    return new Builder()
        .partitions(partitions)
        .cleanupPolicy(cleanupPolicy)
        .retentionMs(retentionMs)
        .retentionBytes(retentionBytes)
        .segmentBytes(segmentBytes)
        .segmentMs(segmentMs)
        .deleteRetentionMs(deleteRetentionMs)
        .flushPolicy(flushPolicy)
        .flushIntervalMs(flushIntervalMs);
  }

  /**
   * Reads a config from Kafka-named properties; absent keys take their defaults.
   *
   * @throws IllegalArgumentException for an unknown key (naming the accepted keys) or an invalid
   *     value (naming the key and the accepted values)
   */
  public static TopicConfig fromProperties(Map<String, String> properties) {
    Builder b = builder();
    for (Map.Entry<String, String> e : properties.entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().trim();
      switch (key) {
        case PARTITIONS -> b.partitions((int) parseLong(key, value, 1, MAX_PARTITIONS));
        case CLEANUP_POLICY -> b.cleanupPolicy(CleanupPolicy.fromConfigValue(key, value));
        case RETENTION_MS -> b.retentionMs(parseLong(key, value, -1, Long.MAX_VALUE));
        case RETENTION_BYTES -> b.retentionBytes(parseLong(key, value, -1, Long.MAX_VALUE));
        case SEGMENT_BYTES -> b.segmentBytes((int) parseLong(key, value, MIN_SEGMENT_BYTES, Integer.MAX_VALUE));
        case SEGMENT_MS -> b.segmentMs(OptionalLong.of(parseLong(key, value, 1, Long.MAX_VALUE)));
        case DELETE_RETENTION_MS -> b.deleteRetentionMs(parseLong(key, value, 0, Long.MAX_VALUE));
        case FLUSH_POLICY -> b.flushPolicy(FlushPolicy.fromConfigValue(key, value));
        case FLUSH_INTERVAL_MS -> b.flushIntervalMs(parseLong(key, value, 1, Long.MAX_VALUE));
        default -> throw new IllegalArgumentException(
            "unknown topic config key '" + key + "'; accepted keys: " + String.join(", ", KEYS));
      }
    }
    return b.build();
  }

  /** The config as Kafka-named properties, every key present except an absent segment.ms. */
  public Map<String, String> toProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(PARTITIONS, Integer.toString(partitions));
    p.put(CLEANUP_POLICY, cleanupPolicy.configValue());
    p.put(RETENTION_MS, Long.toString(retentionMs));
    p.put(RETENTION_BYTES, Long.toString(retentionBytes));
    p.put(SEGMENT_BYTES, Integer.toString(segmentBytes));
    segmentMs.ifPresent(ms -> p.put(SEGMENT_MS, Long.toString(ms)));
    p.put(DELETE_RETENTION_MS, Long.toString(deleteRetentionMs));
    p.put(FLUSH_POLICY, flushPolicy.configValue());
    p.put(FLUSH_INTERVAL_MS, Long.toString(flushIntervalMs));
    return p;
  }

  private static long parseLong(String key, String value, long min, long max) {
    long parsed;
    try {
      parsed = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid value '" + value + "' for '" + key + "'; accepted values: "
          + describeRange(min, max), e);
    }
    checkRange(key, parsed, min, max);
    return parsed;
  }

  private static void checkRange(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("invalid value '" + value + "' for '" + key + "'; accepted values: "
          + describeRange(min, max));
    }
  }

  private static String describeRange(long min, long max) {
    if (min == -1) {
      return "-1 or an integer from 0 to " + max;
    }
    return "an integer from " + min + " to " + max;
  }

  /** Builds a {@link TopicConfig}; unset fields take the documented defaults. */
  public static final class Builder {
    private int partitions = 1;
    private CleanupPolicy cleanupPolicy = CleanupPolicy.DELETE;
    private long retentionMs = 7L * 24 * 60 * 60 * 1000;
    private long retentionBytes = -1;
    private int segmentBytes = 1 << 30;
    private OptionalLong segmentMs = OptionalLong.empty();
    private long deleteRetentionMs = 24L * 60 * 60 * 1000;
    private FlushPolicy flushPolicy = FlushPolicy.EVERY_BATCH;
    private long flushIntervalMs = 1000;

    private Builder() {}

    public Builder partitions(int partitions) {
      this.partitions = partitions;
      return this;
    }

    public Builder cleanupPolicy(CleanupPolicy cleanupPolicy) {
      this.cleanupPolicy = cleanupPolicy;
      return this;
    }

    public Builder retentionMs(long retentionMs) {
      this.retentionMs = retentionMs;
      return this;
    }

    public Builder retentionBytes(long retentionBytes) {
      this.retentionBytes = retentionBytes;
      return this;
    }

    public Builder segmentBytes(int segmentBytes) {
      this.segmentBytes = segmentBytes;
      return this;
    }

    public Builder segmentMs(OptionalLong segmentMs) {
      this.segmentMs = segmentMs;
      return this;
    }

    public Builder segmentMs(long segmentMs) {
      return segmentMs(OptionalLong.of(segmentMs));
    }

    public Builder deleteRetentionMs(long deleteRetentionMs) {
      this.deleteRetentionMs = deleteRetentionMs;
      return this;
    }

    public Builder flushPolicy(FlushPolicy flushPolicy) {
      this.flushPolicy = flushPolicy;
      return this;
    }

    public Builder flushIntervalMs(long flushIntervalMs) {
      this.flushIntervalMs = flushIntervalMs;
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid property */
    public TopicConfig build() {
      return new TopicConfig(partitions, cleanupPolicy, retentionMs, retentionBytes, segmentBytes, segmentMs,
          deleteRetentionMs, flushPolicy, flushIntervalMs);
    }
  }
}
