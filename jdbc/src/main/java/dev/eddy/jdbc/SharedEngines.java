package dev.eddy.jdbc;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The engines this JVM's connections run on, counted by reference. The log lets one engine open
 * a data directory at a time, so every connection to the same directory (however its path is
 * spelt: relative, through a symbolic link) shares one engine, keyed by the directory's real
 * path. The last connection to let go closes the engine; an in-memory engine's data goes with it.
 */
final class SharedEngines {

  static final SharedEngines INSTANCE = new SharedEngines();

  private final Map<String, Shared> engines = new HashMap<>();

  private static final class Shared {
    final Engine engine;
    int references;

    Shared(Engine engine) {
      this.engine = engine;
    }
  }

  /** A connection's hold on an engine; closing it lets go once. */
  final class Lease implements AutoCloseable {
    private final String key;
    private final Engine engine;
    private boolean released;

    private Lease(String key, Engine engine) {
      this.key = key;
      this.engine = engine;
    }

    Engine engine() {
      return engine;
    }

    @Override
    public void close() {
      synchronized (SharedEngines.this) {
        if (!released) {
          released = true;
          release(key);
        }
      }
    }
  }

  /**
   * Opens (or joins) the engine for an in-process target. Opening happens under the registry's
   * lock, so a second connection to a directory waits for the first to finish replaying its log
   * instead of racing it for the directory.
   */
  synchronized Lease acquire(EddyUrl.Target target) throws SQLException {
    String key = key(target);
    Shared shared = engines.get(key);
    if (shared == null) {
      shared = new Shared(open(target));
      engines.put(key, shared);
    }
    shared.references++;
    return new Lease(key, shared.engine);
  }

  /** How many engines are open, for tests. */
  synchronized int openEngines() {
    return engines.size();
  }

  private void release(String key) {
    Shared shared = engines.get(key);
    if (--shared.references == 0) {
      engines.remove(key);
      shared.engine.close();
    }
  }

  private static String key(EddyUrl.Target target) throws SQLException {
    if (target instanceof EddyUrl.Memory memory) {
      return "mem:" + memory.name();
    }
    if (target instanceof EddyUrl.Directory directory) {
      return "dir:" + realPath(directory.path());
    }
    throw new IllegalArgumentException("not an in-process target: " + target);
  }

  /** Creates the directory if need be: only an existing directory has a real path. */
  private static Path realPath(Path path) throws SQLException {
    try {
      return Files.createDirectories(path.toAbsolutePath()).toRealPath();
    } catch (IOException e) {
      throw new SQLException("Cannot use data directory " + path.toAbsolutePath() + ": " + e, SqlStates.CONNECTION_FAILURE, e);
    }
  }

  private static Engine open(EddyUrl.Target target) throws SQLException {
    EngineConfig config = target instanceof EddyUrl.Directory directory
        ? EngineConfig.of(realPath(directory.path()))
        : EngineConfig.inMemory();
    try {
      return Engine.open(config);
    } catch (RuntimeException e) {
      throw new SQLException("Cannot open the Eddy engine for " + target + ": " + e.getMessage(),
          SqlStates.CONNECTION_FAILURE, e);
    }
  }
}
