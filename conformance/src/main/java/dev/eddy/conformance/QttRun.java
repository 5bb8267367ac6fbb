package dev.eddy.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One run of a QTT case after {@code format} x {@code config} expansion: what ksqlDB's harness
 * calls a test, identified by its display name.
 *
 * @param expectedException the case's {@code expectedException} object, or null for a positive case
 * @param topics the case's {@code topics} entries (only schemas in them matter to the runner)
 */
public record QttRun(String file, String displayName, boolean enabled, List<String> statements,
    List<JsonNode> inputs, List<JsonNode> outputs, List<JsonNode> topics, Map<String, String> properties,
    JsonNode expectedException) {

  public QttRun {
    statements = List.copyOf(statements);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    topics = List.copyOf(topics);
    properties = Map.copyOf(properties);
  }

  public boolean negative() {
    return expectedException != null;
  }
}
