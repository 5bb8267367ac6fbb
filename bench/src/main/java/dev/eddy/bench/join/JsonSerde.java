package dev.eddy.bench.join;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The peer's values: JSON read into a tree with Jackson and written back from one, the work
 * ksqlDB's JSON format does for every value it reads, stores and writes.
 */
final class JsonSerde {

  static final ObjectMapper JSON = new ObjectMapper();

  private JsonSerde() {}

  static Serde<JsonNode> tree() {
    return Serdes.serdeFrom(
        (topic, node) -> {
          if (node == null) {
            return null;
          }
          try {
            return JSON.writeValueAsBytes(node);
          } catch (IOException e) {
            throw new SerializationException("cannot write a value as JSON", e);
          }
        },
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          try {
            return JSON.readTree(bytes);
          } catch (IOException e) {
            throw new SerializationException("a value is not JSON", e);
          }
        });
  }

  /** A generated value, read back (the reference join reads the input as the engines do). */
  static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("a generated value is not JSON", e);
    }
  }

  static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a generated value as JSON", e);
    }
  }
}
