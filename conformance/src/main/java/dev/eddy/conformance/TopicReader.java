package dev.eddy.conformance;

import dev.eddy.log.FetchResult;
import dev.eddy.log.LogRecord;
import dev.eddy.log.LogStore;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicLog;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every record of a topic straight from the engine's log, as exact bytes, partition by
 * partition in offset order. The runner reads only once every query has caught up with its
 * inputs ({@code Engine.awaitCaughtUp}), so what the log holds then is all a run will write: no
 * waiting for a topic to go quiet.
 */
final class TopicReader {

  private static final int FETCH_BYTES = 1 << 20;

  private final LogStore log;

  TopicReader(LogStore log) {
    this.log = log;
  }

  /** The topic's records; none when the topic does not exist. */
  List<ActualRecord> read(String topic) {
    if (log.describeTopic(topic).isEmpty()) {
      return List.of();
    }
    TopicLog topicLog = log.topic(topic);
    List<ActualRecord> records = new ArrayList<>();
    for (int partition = 0; partition < topicLog.partitionCount(); partition++) {
      PartitionLog partitionLog = topicLog.partition(partition);
      long offset = partitionLog.earliestOffset();
      while (offset < partitionLog.endOffset()) {
        FetchResult fetched = partitionLog.read(offset, FETCH_BYTES);
        for (LogRecord record : fetched.records()) {
          records.add(new ActualRecord(partition, record.offset(), record.timestamp(), record.key(), record.value()));
        }
        if (fetched.nextOffset() <= offset) {
          break;
        }
        offset = fetched.nextOffset();
      }
    }
    return records;
  }
}
