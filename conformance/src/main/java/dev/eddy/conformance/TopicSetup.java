package dev.eddy.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.Header;
import dev.eddy.log.InvalidTopicException;
import dev.eddy.log.LogStore;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares a run's data directory before the engine opens it: creates the topics that exist
 * before the first statement (README §4.3) and writes the input records to partition 0, in file
 * order, as exact bytes. The engine's public API cannot write raw records, but the log it opens
 * is an ordinary directory, so the runner writes it first and then hands it to the engine; the
 * persistent queries then read the inputs from the beginning, as ksqlDB's harness feeds them.
 */
final class TopicSetup {

  /** A windowed key as Kafka Streams writes it: the key, then (session) the end, then the start. */
  private static byte[] windowed(byte[] key, JsonNode window) {
    boolean session = "session".equalsIgnoreCase(window.path("type").asText());
    byte[] inner = key == null ? new byte[0] : key;
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(inner.length + (session ? 16 : 8));
    out.put(inner);
    if (session) {
      out.putLong(window.path("end").asLong());
    }
    out.putLong(window.path("start").asLong());
    return out.array();
  }

  private static final int DEFAULT_PARTITIONS = 4;

  private TopicSetup() {}

  /** One input record of a case, for the topic it goes to. */
  record Input(String topic, Record record) {}

  /**
   * Creates the case's topics and returns its input records, encoded, in order: the runner
   * writes them one at a time once the statements run, as ksqlDB's test driver pipes them.
   */
  static List<Input> prepare(QttRun run, Path dataDir) {
    Map<String, SourceDeclaration> declared = new HashMap<>();
    Map<String, Integer> partitions = new LinkedHashMap<>();
    for (JsonNode topic : run.topics()) {
      partitions.put(topic.path("name").asText(), topic.path("partitions").asInt(1));
    }
    for (String statement : run.statements()) {
      SourceDeclaration.parse(statement, run.properties()).ifPresent(source -> {
        declared.putIfAbsent(source.topic(), source);
        partitions.putIfAbsent(source.topic(), source.partitions() == null ? DEFAULT_PARTITIONS : source.partitions());
      });
    }
    for (JsonNode record : concat(run.inputs(), run.outputs())) {
      partitions.putIfAbsent(record.path("topic").asText(), DEFAULT_PARTITIONS);
    }
    try (LogStore log = FileLogStore.open(dataDir)) {
      partitions.forEach((name, count) -> {
        try {
          log.createTopic(name, TopicConfig.builder().partitions(Math.max(1, count)).build());
        } catch (InvalidTopicException e) {
          // Some negative cases name invalid topics on purpose; refusing them is the engine's job.
        }
      });
    }
    Map<String, String> customTypes = TypeParser.customTypes(run.statements());
    List<Input> inputs = new ArrayList<>();
    for (JsonNode input : run.inputs()) {
      String topic = input.path("topic").asText();
      inputs.add(new Input(topic, encode(input, declared.get(topic), customTypes)));
    }
    return inputs;
  }

  private static Record encode(JsonNode input, SourceDeclaration source, Map<String, String> customTypes) {
    byte[] key = encode(input.get("key"), source, SerdeTarget.KEY, customTypes);
    JsonNode window = input.get("window");
    if (window != null && !window.isNull()) {
      key = windowed(key, window);
    }
    byte[] value = encode(input.get("value"), source, SerdeTarget.VALUE, customTypes);
    List<Header> headers = new ArrayList<>();
    for (JsonNode header : input.path("headers")) {
      JsonNode bytes = header.get("VALUE");
      headers.add(new Header(header.path("KEY").asText(),
          bytes == null || bytes.isNull() ? null : Base64.getDecoder().decode(bytes.asText())));
    }
    return new Record(key, value, input.path("timestamp").asLong(0), headers);
  }

  /** A key or value in its source's format; a topic no source declares has KAFKA keys and JSON values. */
  private static byte[] encode(JsonNode spec, SourceDeclaration source, SerdeTarget target,
      Map<String, String> customTypes) {
    boolean key = target == SerdeTarget.KEY;
    if (source == null) {
      return RecordEncoder.encode(spec, key ? "KAFKA" : "JSON", List.of());
    }
    String format = key ? source.keyFormat() : source.valueFormat();
    if (SchemaCodec.FORMATS.contains(format)) {
      return SchemaCodec.of(format, target, key ? source.keyColumns() : source.valueColumns(), source.properties(),
          customTypes).encode(spec);
    }
    return RecordEncoder.encode(spec, format, key ? source.keyTypes() : source.valueTypes());
  }

  private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
    List<JsonNode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
