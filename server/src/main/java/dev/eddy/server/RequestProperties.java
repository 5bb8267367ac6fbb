package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Session properties from a request's JSON object; ksqlDB clients send numbers and booleans too. */
final class RequestProperties {

  private RequestProperties() {}

  static Map<String, String> of(JsonNode node) {
    Map<String, String> properties = new HashMap<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(field -> properties.put(field.getKey(), field.getValue().asText()));
    }
    return properties;
  }
}
