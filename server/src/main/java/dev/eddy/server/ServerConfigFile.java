package dev.eddy.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code --config eddy.properties}: the server's own settings ({@code max.request.bytes}) and,
 * every other key, the engine's property defaults, which each session starts from and may SET.
 */
final class ServerConfigFile {

  static final String MAX_REQUEST_BYTES = "max.request.bytes";

  static final ServerConfigFile NONE = new ServerConfigFile(Map.of());

  private final Map<String, String> properties;

  private ServerConfigFile(Map<String, String> properties) {
    this.properties = Map.copyOf(properties);
  }

  static ServerConfigFile load(Path file) throws IOException {
    Properties loaded = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      loaded.load(in);
    }
    Map<String, String> properties = new HashMap<>();
    loaded.stringPropertyNames().forEach(name -> properties.put(name, loaded.getProperty(name).strip()));
    return new ServerConfigFile(properties);
  }

  /** @throws IllegalArgumentException when the value is not a positive whole number */
  Optional<Integer> maxRequestBytes() {
    String value = properties.get(MAX_REQUEST_BYTES);
    if (value == null) {
      return Optional.empty();
    }
    try {
      int bytes = Integer.parseInt(value);
      if (bytes > 0) {
        return Optional.of(bytes);
      }
    } catch (NumberFormatException e) {
      // Reported below, with the key.
    }
    throw new IllegalArgumentException(MAX_REQUEST_BYTES + " must be a positive number of bytes, not '" + value + "'");
  }

  Map<String, String> engineProperties() {
    Map<String, String> engine = new HashMap<>(properties);
    engine.remove(MAX_REQUEST_BYTES);
    return engine;
  }
}
