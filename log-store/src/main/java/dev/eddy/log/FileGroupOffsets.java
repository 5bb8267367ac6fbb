package dev.eddy.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link GroupOffsets} kept in the internal compacted topic {@value #TOPIC} (one partition,
 * fsync every batch) and cached in memory. A commit is one batch, so all offsets of a commit
 * survive a crash together or not at all. On open the whole topic is replayed into the cache.
 * Commits are serialized so the cache applies them in log order.
 */
final class FileGroupOffsets implements GroupOffsets {

  static final String TOPIC = "__consumer_offsets";
  static final TopicConfig TOPIC_CONFIG = TopicConfig.builder()
      .partitions(1)
      .cleanupPolicy(CleanupPolicy.COMPACT)
      .segmentBytes(16 << 20)
      .flushPolicy(FlushPolicy.EVERY_BATCH)
      .build();
  private static final int READ_BYTES = 1 << 20;

  private final PartitionLog log;
  private final Map<String, Map<TopicPartition, Long>> cache = new ConcurrentHashMap<>();

  private FileGroupOffsets(PartitionLog log) {
    this.log = log;
  }

  /** Replays the offsets topic into a fresh cache. */
  static FileGroupOffsets load(PartitionLog log) {
    FileGroupOffsets offsets = new FileGroupOffsets(log);
    long next = log.earliestOffset();
    long end = log.endOffset();
    while (next < end) {
      FetchResult fetched = log.read(next, READ_BYTES);
      for (LogRecord r : fetched.records()) {
        offsets.apply(r.key(), r.value());
      }
      next = fetched.nextOffset();
    }
    return offsets;
  }

  @Override
  public synchronized void commit(String group, Map<TopicPartition, Long> offsets) {
    Objects.requireNonNull(group, "group");
    if (offsets.isEmpty()) {
      return;
    }
    List<Record> records = new ArrayList<>(offsets.size());
    long now = System.currentTimeMillis();
    offsets.forEach((tp, offset) -> {
      if (offset == null || offset < 0) {
        throw new IllegalArgumentException("offset for " + tp + " must be >= 0, got " + offset);
      }
      records.add(new Record(GroupOffsetCodec.encodeKey(group, tp), GroupOffsetCodec.encodeValue(offset), now));
    });
    log.append(records);
    Map<TopicPartition, Long> groupOffsets = cache.computeIfAbsent(group, g -> new ConcurrentHashMap<>());
    groupOffsets.putAll(offsets);
  }

  @Override
  public OptionalLong fetch(String group, TopicPartition partition) {
    Map<TopicPartition, Long> groupOffsets = cache.get(group);
    Long offset = groupOffsets == null ? null : groupOffsets.get(partition);
    return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  @Override
  public Map<TopicPartition, Long> fetchAll(String group) {
    Map<TopicPartition, Long> groupOffsets = cache.get(group);
    return groupOffsets == null ? Map.of() : Map.copyOf(groupOffsets);
  }

  private void apply(byte[] key, byte[] value) {
    GroupOffsetCodec.Key k = GroupOffsetCodec.decodeKey(key);
    if (value == null) {
      Map<TopicPartition, Long> groupOffsets = cache.get(k.group());
      if (groupOffsets != null) {
        groupOffsets.remove(k.partition());
      }
      return;
    }
    cache.computeIfAbsent(k.group(), g -> new ConcurrentHashMap<>()).put(k.partition(), GroupOffsetCodec.decodeValue(value));
  }
}
