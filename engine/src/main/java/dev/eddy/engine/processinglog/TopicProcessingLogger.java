package dev.eddy.engine.processinglog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eddy.log.LogException;
import dev.eddy.log.LogStore;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes processing-log entries as JSON values (no key) to partition 0 of
 * {@value ProcessingLogger#TOPIC}, in the column order documented on {@link ProcessingLogEntry},
 * and counts them per query.
 *
 * <p>One append per entry: entries are rare, and writing each at once means a crash right after
 * the skip still leaves its explanation behind. If the append itself fails the entry is counted
 * as {@link #droppedEntries() dropped} and reported through SLF4J — the query goes on.
 */
public final class TopicProcessingLogger implements ProcessingLogger {

  private static final Logger LOG = LoggerFactory.getLogger(TopicProcessingLogger.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PartitionLog partition;
  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder dropped = new LongAdder();

  public TopicProcessingLogger(PartitionLog partition) {
    this.partition = partition;
  }

  /** Opens the logger over {@code store}, creating the one-partition topic when missing. */
  public static TopicProcessingLogger open(LogStore store) {
    if (store.describeTopic(TOPIC).isEmpty()) {
      store.createTopic(TOPIC, TopicConfig.builder().partitions(1).build());
    }
    return new TopicProcessingLogger(store.topic(TOPIC).partition(0));
  }

  @Override
  public void log(ProcessingLogEntry entry) {
    counts.computeIfAbsent(entry.queryId(), id -> new LongAdder()).increment();
    try {
      partition.append(List.of(new Record(null, toJson(entry), entry.loggedAt())));
    } catch (LogException e) {
      dropped.increment();
      LOG.warn("Cannot write processing log entry for query {}: {}", entry.queryId(), entry, e);
    }
  }

  @Override
  public long errorCount(String queryId) {
    LongAdder count = counts.get(queryId);
    return count == null ? 0 : count.sum();
  }

  /** Entries that could not be appended to the topic. */
  public long droppedEntries() {
    return dropped.sum();
  }

  /** The JSON value of an entry, exactly as written to the topic. */
  public static byte[] toJson(ProcessingLogEntry entry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("LOGGED_AT", entry.loggedAt());
      json.writeStringField("QUERY_ID", entry.queryId());
      json.writeStringField("OPERATOR", entry.operator());
      json.writeStringField("ERROR_TYPE", entry.type().name());
      json.writeStringField("MESSAGE", entry.message());
      json.writeStringField("CAUSE", entry.cause());
      json.writeStringField("RECORD_TOPIC", entry.topic());
      writeNullableNumber(json, "RECORD_PARTITION", entry.partition() == null ? null : entry.partition().longValue());
      writeNullableNumber(json, "RECORD_OFFSET", entry.offset());
      json.writeStringField("RECORD_KEY", entry.recordKey());
      json.writeStringField("RECORD_VALUE", entry.recordValue());
      json.writeStringField("FAILED_ROW", entry.row());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode a processing log entry in memory", e);
    }
    return out.toByteArray();
  }

  private static void writeNullableNumber(JsonGenerator json, String name, Long value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }
}
