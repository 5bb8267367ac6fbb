package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.log.CleanupPolicy;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicConfig;

/** Compacted one-partition changelog topics in a test's log store. */
final class ChangelogTopics {

  private ChangelogTopics() {}

  static PartitionLog create(FileLogStore logs, String name) {
    logs.createTopic(name, TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT)
        .flushPolicy(FlushPolicy.OS).build());
    return logs.topic(name).partition(0);
  }
}
