package dev.eddy.bench;

import dev.eddy.log.FetchResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicLog;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads back what a run left in a topic: every record, partition by partition, each in offset order. */
public final class TopicRecords {

  private static final int READ_BYTES = 1 << 20;

  private TopicRecords() {}

  /** Opens the (closed) data directory {@code dataDir} and hands every record of {@code topic} to {@code records}. */
  public static void forEach(Path dataDir, String topic, Consumer<LogRecord> records) {
    try (FileLogStore log = FileLogStore.open(dataDir)) {
      TopicLog topicLog = log.topic(topic);
      for (int p = 0; p < topicLog.partitionCount(); p++) {
        PartitionLog partition = topicLog.partition(p);
        long offset = partition.earliestOffset();
        while (offset < partition.endOffset()) {
          FetchResult fetch = partition.read(offset, READ_BYTES);
          fetch.records().forEach(records);
          offset = fetch.nextOffset();
        }
      }
    }
  }
}
