package dev.eddy.engine.runtime.task;

import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicPartition;

/**
 * One partition a task reads, and how its records become rows. A task with a join reads one
 * partition of each side, the same partition number of co-partitioned topics.
 */
public record TaskInput(TopicPartition partition, PartitionLog log, SourceDecoder decoder) {}
