package dev.eddy.log;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes whole closed segments of a {@code cleanup.policy=delete} partition, oldest first:
 * <ul>
 *   <li>by time: a segment whose newest record ({@link LogSegment#maxTimestamp()}) is older than
 *       {@code retention.ms} (an empty segment counts as expired);</li>
 *   <li>by size: while the partition would still hold at least {@code retention.bytes} without its
 *       oldest segment.</li>
 * </ul>
 * Deletion stops at the first segment that is kept, so the log never gets a hole, and never
 * touches the active segment. {@link PartitionLog#earliestOffset()} moves to the first survivor.
 */
final class RetentionEnforcer {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionEnforcer.class);

  private RetentionEnforcer() {}

  /** @return the number of segments deleted */
  static int enforce(FilePartitionLog partition, long nowMs) {
    TopicConfig config = partition.config();
    if (config.cleanupPolicy() != CleanupPolicy.DELETE) {
      return 0;
    }
    List<LogSegment> closed = partition.segments().closed();
    long remainingBytes = partition.segments().sizeInBytes();
    List<LogSegment> expired = new ArrayList<>();
    for (LogSegment segment : closed) {
      boolean tooOld = config.retentionMs() >= 0 && segment.maxTimestamp() < nowMs - config.retentionMs();
      boolean overSize = config.retentionBytes() >= 0 && remainingBytes - segment.sizeInBytes() >= config.retentionBytes();
      if (!tooOld && !overSize) {
        break;
      }
      expired.add(segment);
      remainingBytes -= segment.sizeInBytes();
    }
    if (expired.isEmpty()) {
      return 0;
    }
    int deleted = partition.deleteSegments(expired);
    LOG.info("Retention deleted {} segment(s) of {}; earliest offset is now {}", deleted, partition.topicPartition(),
        partition.earliestOffset());
    return deleted;
  }
}
