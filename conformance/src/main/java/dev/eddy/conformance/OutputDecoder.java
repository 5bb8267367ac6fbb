package dev.eddy.conformance;

import dev.eddy.engine.Session;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.SerdeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes the records of an output topic whose source has a format that needs its schema
 * (PROTOBUF_NOSR) into JSON text, which {@link OutputComparator} judges like JSON output — as
 * ksqlDB's harness decodes each output with the format of the source registered on its topic
 * (README §6.1). The source, its formats and columns come from the engine ({@code SHOW STREAMS},
 * {@code SHOW TABLES}, {@code DESCRIBE}); its format options from the statement that created it.
 * A windowed key is left as it is, since the comparator splits its window off first; bytes that
 * do not decode are left as they are, so the difference shows them.
 */
final class OutputDecoder {

  private static final OutputDecoder NONE = new OutputDecoder(null, null);
  private static final String ROLE = "  (";
  private static final String KEY_ROLE = "  (key)";

  private final SchemaCodec key;
  private final SchemaCodec value;

  private OutputDecoder(SchemaCodec key, SchemaCodec value) {
    this.key = key;
    this.value = value;
  }

  static OutputDecoder forTopic(String topic, Session session, QttRun run) {
    List<Object> source = sourceOf(topic, session);
    if (source == null) {
      return NONE;
    }
    String name = (String) source.get(0);
    String keyFormat = (String) source.get(2);
    String valueFormat = (String) source.get(3);
    boolean keyNeedsSchema = SchemaCodec.FORMATS.contains(keyFormat);
    if (!keyNeedsSchema && !SchemaCodec.FORMATS.contains(valueFormat)) {
      return NONE;
    }
    StatementResult.Table described = (StatementResult.Table) session.execute("DESCRIBE " + quoted(name) + ";").get(0);
    List<ColumnSpec> keyColumns = new ArrayList<>();
    List<ColumnSpec> valueColumns = new ArrayList<>();
    for (List<Object> row : described.rows()) {
      // DESCRIBE marks a column's role after two spaces: "  (key)", "  (headers)", "  (header('k'))".
      String type = (String) row.get(1);
      int role = type.indexOf(ROLE);
      if (role < 0) {
        valueColumns.add(new ColumnSpec((String) row.get(0), type));
      } else if (type.substring(role).equals(KEY_ROLE)) {
        keyColumns.add(new ColumnSpec((String) row.get(0), type.substring(0, role)));
      }
    }
    Map<String, String> properties = SourceDeclaration.propertiesOf(name, run.statements());
    Map<String, String> customTypes = TypeParser.customTypes(run.statements());
    boolean windowed = described.header().contains("\nWindow ");
    return new OutputDecoder(
        keyNeedsSchema && !windowed
            ? SchemaCodec.of(keyFormat, SerdeTarget.KEY, keyColumns, properties, customTypes) : null,
        SchemaCodec.FORMATS.contains(valueFormat)
            ? SchemaCodec.of(valueFormat, SerdeTarget.VALUE, valueColumns, properties, customTypes) : null);
  }

  List<ActualRecord> decode(List<ActualRecord> records) {
    if (key == null && value == null) {
      return records;
    }
    List<ActualRecord> decoded = new ArrayList<>(records.size());
    for (ActualRecord record : records) {
      decoded.add(new ActualRecord(record.partition(), record.offset(), record.timestamp(),
          toJson(key, record.key()), toJson(value, record.value())));
    }
    return decoded;
  }

  private static byte[] toJson(SchemaCodec codec, byte[] bytes) {
    if (codec == null) {
      return bytes;
    }
    try {
      return codec.toJson(bytes);
    } catch (FormatException e) {
      return bytes;
    }
  }

  /** The SHOW row (name, topic, key format, value format, ...) of the stream or table on {@code topic}. */
  private static List<Object> sourceOf(String topic, Session session) {
    for (String listing : List.of("SHOW STREAMS;", "SHOW TABLES;")) {
      try {
        StatementResult.Table table = (StatementResult.Table) session.execute(listing).get(0);
        for (List<Object> row : table.rows()) {
          if (topic.equals(row.get(1))) {
            return row;
          }
        }
      } catch (StatementException e) {
        // Nothing listed: the topic is read as raw bytes.
      }
    }
    return null;
  }

  private static String quoted(String name) {
    return name.matches("[A-Z_][A-Z0-9_]*") ? name : "`" + name.replace("`", "``") + "`";
  }
}
