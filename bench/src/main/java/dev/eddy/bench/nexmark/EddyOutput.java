package dev.eddy.bench.nexmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eddy.bench.TopicRecords;
import dev.eddy.log.LogRecord;
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

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private EddyOutput() {}

  static OutputRows read(Path dataDir, String topic, NexmarkQuery query) {
    Map<ByteBuffer, LogRecord> latest = new LinkedHashMap<>();
    List<LogRecord> all = new ArrayList<>();
    TopicRecords.forEach(dataDir, topic, record -> {
      if (!query.eddyTable()) {
        all.add(record);
      } else if (record.value() == null) {
        latest.remove(ByteBuffer.wrap(record.key()));
      } else {
        latest.put(ByteBuffer.wrap(record.key()), record);
      }
    });
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
