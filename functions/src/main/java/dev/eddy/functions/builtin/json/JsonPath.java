package dev.eddy.functions.builtin.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.functions.api.UdfException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset EXTRACTJSONFIELD supports: {@code $}, {@code .name},
 * {@code ['name']} / {@code ["name"]} and {@code [index]}. Wildcards and filters select many
 * values, which a STRING result cannot hold, so they are rejected.
 */
final class JsonPath {

  private final List<Object> steps;

  private JsonPath(List<Object> steps) {
    this.steps = steps;
  }

  static JsonPath parse(String path) {
    String p = path.trim();
    if (!p.startsWith("$")) {
      throw new UdfException("Invalid JSON path '" + path + "': must start with $");
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
          end++;
        }
        String name = p.substring(i + 1, end);
        if (name.isEmpty() || name.equals("*")) {
          throw new UdfException("Invalid JSON path '" + path + "' at position " + (i + 1));
        }
        steps.add(name);
        i = end;
      } else if (c == '[') {
        int end = p.indexOf(']', i);
        if (end < 0) {
          throw new UdfException("Invalid JSON path '" + path + "': missing ]");
        }
        String inside = p.substring(i + 1, end).trim();
        if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
            || inside.startsWith("\"") && inside.endsWith("\""))) {
          steps.add(inside.substring(1, inside.length() - 1));
        } else {
          try {
            steps.add(Integer.parseInt(inside));
          } catch (NumberFormatException e) {
            throw new UdfException("Invalid JSON path '" + path + "': unsupported [" + inside + "]");
          }
        }
        i = end + 1;
      } else {
        throw new UdfException("Invalid JSON path '" + path + "' at position " + (i + 1));
      }
    }
    return new JsonPath(steps);
  }

  /** The selected node, or null if any step is missing. */
  JsonNode select(JsonNode root) {
    JsonNode node = root;
    for (Object step : steps) {
      if (node == null) {
        return null;
      }
      if (step instanceof Integer index) {
        node = node.isArray() && index >= 0 ? node.get(index) : null;
      } else {
        node = node.isObject() ? node.get((String) step) : null;
      }
    }
    return node;
  }
}
