package dev.eddy.engine.runtime.task;

import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicPartition;
import java.util.function.BooleanSupplier;

/**
 * One partition a task reads, and how its records become rows. A task with a join reads one
 * partition of each side, the same partition number of co-partitioned topics.
 *
 * @param writerCaughtUp for an internal topic another stage of the query writes, whether that
 *     stage (and every stage feeding it) has written all it has read so far; always true for a
 *     source topic, whose records are all there
 */
public record TaskInput(TopicPartition partition, PartitionLog log, SourceDecoder decoder,
    BooleanSupplier writerCaughtUp) {

  /** A source topic's partition. */
  public TaskInput(TopicPartition partition, PartitionLog log, SourceDecoder decoder) {
    this(partition, log, decoder, () -> true);
  }
}
