package dev.eddy.log;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Consumer-group offsets: for each group, the next offset to read per partition. Thread-safe.
 */
public interface GroupOffsets {

  /** Commits the offsets of one group atomically; they are durable when this returns. */
  void commit(String group, Map<TopicPartition, Long> offsets);

  /** The group's committed offset for the partition, or empty if it never committed one. */
  OptionalLong fetch(String group, TopicPartition partition);

  /** Every committed offset of the group (empty map if none). */
  Map<TopicPartition, Long> fetchAll(String group);
}
