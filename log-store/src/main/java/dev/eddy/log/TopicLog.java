package dev.eddy.log;

/** One topic of a {@link LogStore}: its config and its partitions. Thread-safe. */
public interface TopicLog {

  String name();

  TopicConfig config();

  int partitionCount();

  /**
   * The partition's log.
   *
   * @throws UnknownPartitionException if {@code partition} is not in {@code [0, partitionCount())}
   */
  PartitionLog partition(int partition);
}
