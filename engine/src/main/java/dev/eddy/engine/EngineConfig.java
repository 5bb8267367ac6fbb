package dev.eddy.engine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How to open an {@link Engine}.
 *
 * @param dataDir where the engine keeps its log (topics, commands, offsets); null for an engine
 *     whose data lives in a temporary directory removed when it closes ({@code jdbc:eddy:mem:})
 * @param properties engine-wide defaults of the properties a session can SET
 */
public record EngineConfig(Path dataDir, Map<String, String> properties) {

  public EngineConfig {
    properties = Map.copyOf(properties);
  }

  public static EngineConfig of(Path dataDir) {
    return new EngineConfig(dataDir, Map.of());
  }

  public static EngineConfig inMemory() {
    return new EngineConfig(null, Map.of());
  }

  public EngineConfig withProperties(Map<String, String> moreProperties) {
    Map<String, String> merged = new HashMap<>(properties);
    merged.putAll(moreProperties);
    return new EngineConfig(dataDir, merged);
  }
}
