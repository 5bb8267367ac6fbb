package dev.eddy.engine;

import dev.eddy.engine.exec.EngineContext;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.log.GroupOffsets;
import dev.eddy.log.TopicLog;
import dev.eddy.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One persistent query's counters at a moment, for monitoring (the server's /metrics).
 *
 * @param queryId the query id, e.g. CSAS_CLICKS_3
 * @param sink the stream or table it writes
 * @param running false once a task has failed
 * @param recordsRead source records its tasks have read
 * @param recordsSkipped records it skipped as unreadable (each described in the processing log)
 * @param lag records in its source partitions past the offsets it last committed; partitions it
 *     has not committed yet count as no lag, since where it started is not recorded
 */
public record QueryStatistics(String queryId, String sink, boolean running, long recordsRead, long recordsSkipped,
    long lag) {

  /** The counters of every persistent query running on {@code engine}. */
  public static List<QueryStatistics> of(Engine engine) {
    EngineContext context = engine.context();
    List<QueryStatistics> statistics = new ArrayList<>();
    for (PersistentQuery query : context.queries().all()) {
      statistics.add(new QueryStatistics(query.id(), query.sink(), query.tasks().failure().isEmpty(),
          query.tasks().recordsRead(), query.tasks().recordsSkipped(), lag(context, query)));
    }
    return statistics;
  }

  /**
   * Persistent queries commit their source offsets under a consumer group named by their id;
   * the lag is what is left to read of every source the query reads.
   */
  private static long lag(EngineContext context, PersistentQuery query) {
    GroupOffsets offsets = context.log().groupOffsets();
    long lag = 0;
    for (var source : query.pipeline().origins()) {
      String topicName = source.topic();
      TopicLog topic = context.log().topic(topicName);
      for (int partition = 0; partition < topic.partitionCount(); partition++) {
        OptionalLong committed = offsets.fetch(query.id(), new TopicPartition(topicName, partition));
        if (committed.isPresent()) {
          lag += Math.max(0, topic.partition(partition).endOffset() - committed.getAsLong());
        }
      }
    }
    return lag;
  }
}
