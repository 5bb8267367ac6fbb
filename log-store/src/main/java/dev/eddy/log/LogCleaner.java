package dev.eddy.log;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a {@code cleanup.policy=compact} partition: for each key only the record with the
 * highest offset survives; a surviving tombstone (null value) is removed too once its timestamp is
 * more than {@code delete.retention.ms} old, giving consumers that long to see the delete. Records
 * without a key are kept.
 *
 * <p>Pass: (1) read every visible batch, active segment included, into a map key &rarr; last
 * offset; (2) for each closed segment that has something to drop, write a copy holding the
 * survivors in a side directory, batch by batch with their original offsets (a batch keeps its
 * surviving records, so gaps appear inside and between batches and reads skip them); (3) swap the
 * copy in ({@link FilePartitionLog#replaceSegment}, {@link SegmentSwap}). The active segment is
 * never rewritten. Appends and reads continue throughout: the cleaner only reads until the swap,
 * the swap is a few renames that take no lock appends need, and readers already in the old
 * segment finish on its open file.
 */
final class LogCleaner {

  private static final Logger LOG = LoggerFactory.getLogger(LogCleaner.class);

  private final RecordBatchEncoder encoder = new RecordBatchEncoder();

  /** What a pass did. */
  record CleanResult(int segmentsRewritten, long recordsRemoved) {}

  CleanResult clean(FilePartitionLog partition, long nowMs) {
    TopicConfig config = partition.config();
    if (config.cleanupPolicy() != CleanupPolicy.COMPACT) {
      return new CleanResult(0, 0);
    }
    List<LogSegment> closed = partition.segments().closed();
    if (closed.isEmpty()) {
      return new CleanResult(0, 0);
    }
    Map<ByteBuffer, Long> lastOffsetByKey = lastOffsets(partition);
    long tombstoneHorizon = nowMs - config.deleteRetentionMs();
    int rewritten = 0;
    long removed = 0;
    for (LogSegment segment : closed) {
      long droppable = countDroppable(segment, lastOffsetByKey, tombstoneHorizon);
      if (droppable == 0) {
        continue;
      }
      Path cleanedDir = partition.dir().resolve(LogLoader.CLEANER_DIR);
      DurableFiles.deleteRecursively(cleanedDir);
      DurableFiles.createDirectories(cleanedDir);
      LogSegment copy = LogSegment.create(cleanedDir, segment.baseOffset(), config.segmentBytes(), nowMs);
      try {
        segment.forEachBatch(0, segment.sizeInBytes(), (batch, position) -> {
          batch.ensureValid();
          List<LogRecord> survivors = new ArrayList<>();
          for (LogRecord r : batch.records()) {
            if (survives(r, lastOffsetByKey, tombstoneHorizon)) {
              survivors.add(r);
            }
          }
          if (!survivors.isEmpty()) {
            appendSurvivors(copy, survivors);
          }
          return true;
        });
        copy.seal(true);
      } finally {
        copy.close();
      }
      partition.replaceSegment(segment, cleanedDir);
      DurableFiles.deleteRecursively(cleanedDir);
      rewritten++;
      removed += droppable;
    }
    if (rewritten > 0) {
      LOG.info("Compacted {}: rewrote {} segment(s), removed {} record(s)", partition.topicPartition(), rewritten, removed);
    }
    return new CleanResult(rewritten, removed);
  }

  private void appendSurvivors(LogSegment copy, List<LogRecord> survivors) {
    long base = survivors.get(0).offset();
    int[] deltas = new int[survivors.size()];
    List<Record> records = new ArrayList<>(survivors.size());
    for (int i = 0; i < deltas.length; i++) {
      LogRecord r = survivors.get(i);
      deltas[i] = (int) (r.offset() - base);
      records.add(r.toRecord());
    }
    encoder.prepare(records, deltas);
    ByteBuffer encoded = encoder.encode(base);
    copy.append(encoded, base, survivors.get(deltas.length - 1).offset(), encoder.preparedMaxTimestamp());
  }

  private static Map<ByteBuffer, Long> lastOffsets(FilePartitionLog partition) {
    Map<ByteBuffer, Long> last = new HashMap<>();
    LogPosition visible = partition.highWatermark().get();
    for (LogSegment segment : partition.segments().all()) {
      long limit = visible.readLimit(segment);
      segment.forEachBatch(0, limit, (batch, position) -> {
        batch.ensureValid();
        for (LogRecord r : batch.records()) {
          if (r.key() != null) {
            last.put(ByteBuffer.wrap(r.key()), r.offset());
          }
        }
        return true;
      });
    }
    return last;
  }

  private static long countDroppable(LogSegment segment, Map<ByteBuffer, Long> lastOffsetByKey, long tombstoneHorizon) {
    long[] count = {0};
    segment.forEachBatch(0, segment.sizeInBytes(), (batch, position) -> {
      batch.ensureValid();
      for (LogRecord r : batch.records()) {
        if (!survives(r, lastOffsetByKey, tombstoneHorizon)) {
          count[0]++;
        }
      }
      return true;
    });
    return count[0];
  }

  private static boolean survives(LogRecord r, Map<ByteBuffer, Long> lastOffsetByKey, long tombstoneHorizon) {
    if (r.key() == null) {
      return true;
    }
    Long last = lastOffsetByKey.get(ByteBuffer.wrap(r.key()));
    if (last != null && last > r.offset()) {
      return false;
    }
    return r.value() != null || r.timestamp() >= tombstoneHorizon;
  }
}
