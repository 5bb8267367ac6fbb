package dev.eddy.jdbc;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.server.EddyServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A fresh Eddy for one test, reached the way {@link Where} says: the same tests run against an
 * engine in the test's JVM and against a real server on 127.0.0.1 (port 0) over an engine of
 * its own. Closing it stops the server and its engine; an in-process engine goes with its last
 * connection.
 */
final class TestDatabase implements AutoCloseable {

  /** How a test's connections reach the engine. */
  enum Where {
    IN_PROCESS,
    SERVER
  }

  private final String url;
  private final Engine engine;
  private final EddyServer server;

  private TestDatabase(String url, Engine engine, EddyServer server) {
    this.url = url;
    this.engine = engine;
    this.server = server;
  }

  /** An engine whose data lives in memory; {@code name} keeps in-process tests apart. */
  static TestDatabase inMemory(Where where, String name) throws InterruptedException {
    return where == Where.IN_PROCESS ? new TestDatabase("jdbc:eddy:mem:" + name, null, null)
        : serve(EngineConfig.inMemory());
  }

  /** An engine on a data directory. */
  static TestDatabase onDisk(Where where, Path dataDir) throws InterruptedException {
    return where == Where.IN_PROCESS ? new TestDatabase("jdbc:eddy:" + dataDir, null, null)
        : serve(EngineConfig.of(dataDir));
  }

  private static TestDatabase serve(EngineConfig config) throws InterruptedException {
    Engine engine = Engine.open(config);
    try {
      EddyServer server = EddyServer.start(engine, "127.0.0.1", 0, EddyServer.DEFAULT_MAX_REQUEST_BYTES);
      return new TestDatabase("jdbc:eddy://127.0.0.1:" + server.port(), engine, server);
    } catch (InterruptedException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  String url() {
    return url;
  }

  /** The URL with connection properties, e.g. {@code auto.offset.reset=earliest}. */
  String url(String properties) {
    return url + "?" + properties;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection(url(properties));
  }

  /** The server, for tests that look at it; null in-process. */
  EddyServer server() {
    return server;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
      engine.close();
    }
  }
}
