package dev.eddy.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads QTT files and expands each case into its runs (README §3, §4.1). Unknown keys are ignored
 * at every level, as upstream does, simply because the runner only ever looks keys up.
 */
public final class CaseLoader {

  /**
   * Numbers keep their literal text: scale matters when decimals are compared ({@code 1.10} is
   * not {@code 1.1}), so fractional numbers must never pass through a binary double.
   */
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  /** Every {@code .json} file under the paths, in a stable order. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  public static List<QttRun> load(Path file) throws IOException {
    return expand(fileName(file), JSON.readTree(file.toFile()));
  }

  static List<QttRun> expand(String file, JsonNode root) {
    List<QttRun> runs = new ArrayList<>();
    for (JsonNode test : root.path("tests")) {
      List<String> formats = strings(test.get("format"));
      List<String> configs = strings(test.get("config"));
      for (String format : formats.isEmpty() ? singleNull() : formats) {
        for (String config : configs.isEmpty() ? singleNull() : configs) {
          runs.add(run(file, test, format, config));
        }
      }
    }
    return runs;
  }

  private static QttRun run(String file, JsonNode test, String format, String config) {
    StringBuilder name = new StringBuilder(file).append(" - ").append(test.path("name").asText());
    if (format != null) {
      name.append(" - ").append(format);
    }
    List<String> statements = new ArrayList<>();
    for (JsonNode statement : test.path("statements")) {
      // {FORMAT} is substituted as plain text, and only in the statements (§4.1).
      statements.add(format == null ? statement.asText() : statement.asText().replace("{FORMAT}", format));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    test.path("properties").fields().forEachRemaining(e -> {
      String value = e.getValue().asText();
      if (config != null && value.equalsIgnoreCase("{CONFIG}")) {
        value = config;
        name.append(" - ").append(e.getKey()).append('=').append(config);
      }
      properties.put(e.getKey(), value);
    });
    boolean enabled = !test.has("enabled") || test.get("enabled").asBoolean(true);
    return new QttRun(file, name.toString(), enabled, statements, list(test.get("inputs")),
        list(test.get("outputs")), list(test.get("topics")), properties, test.get("expectedException"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> values.add(node.asText()));
    }
    return values;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> values = new ArrayList<>();
    if (array != null) {
      array.forEach(values::add);
    }
    return values;
  }

  private static List<String> singleNull() {
    List<String> one = new ArrayList<>();
    one.add(null);
    return one;
  }

  private static String fileName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
