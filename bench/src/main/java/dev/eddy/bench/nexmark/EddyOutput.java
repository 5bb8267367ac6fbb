package dev.eddy.bench.nexmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eddy.log.FetchResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Eddy's sink topic back as the query's final result: every record of a stream, or for a
 * table the last record of each key (a tombstone deletes the key). Key columns come from the
 * JSON key (a single column is the bare value, several an object), less the window bytes a
 * windowed table appends; the other columns from the JSON value.
 */
final class EddyOutput {

  private static final int READ_BYTES = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private EddyOutput() {}

  static OutputRows read(Path dataDir, String topic, NexmarkQuery query) {
    Map<ByteBuffer, LogRecord> latest = new LinkedHashMap<>();
    List<LogRecord> all = new ArrayList<>();
    try (FileLogStore log = FileLogStore.open(dataDir)) {
      TopicLog sink = log.topic(topic);
      for (int p = 0; p < sink.partitionCount(); p++) {
        PartitionLog partition = sink.partition(p);
        long offset = partition.earliestOffset();
        while (offset < partition.endOffset()) {
          FetchResult fetch = partition.read(offset, READ_BYTES);
          for (LogRecord record : fetch.records()) {
            if (!query.eddyTable()) {
              all.add(record);
            } else if (record.value() == null) {
              latest.remove(ByteBuffer.wrap(record.key()));
            } else {
              latest.put(ByteBuffer.wrap(record.key()), record);
            }
          }
          offset = fetch.nextOffset();
        }
      }
    }
    OutputRows rows = new OutputRows();
    for (LogRecord record : query.eddyTable() ? latest.values() : all) {
      rows.add(columns(record, query.output()));
    }
    return rows;
  }

  private static List<JsonNode> columns(LogRecord record, NexmarkQuery.Output output) {
    JsonNode value = parse(record.value(), record.value().length);
    JsonNode key = output.keyColumns().isEmpty() ? null
        : parse(record.key(), record.key().length - output.window().suffixBytes());
    List<JsonNode> columns = new ArrayList<>();
    for (String column : output.columns()) {
      if (output.keyColumns().contains(column)) {
        columns.add(output.keyColumns().size() == 1 && !key.isObject() ? key : key.path(column));
      } else {
        columns.add(value.path(column));
      }
    }
    return columns;
  }

  private static JsonNode parse(byte[] bytes, int length) {
    try {
      return JSON.readTree(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException("Eddy's sink holds a record that is not JSON", e);
    }
  }
}
