package dev.eddy.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link EngineCrashTest}: opens an engine on the given directory, starts a
 * persistent query on the first run, then inserts rows forever, printing {@code acked <id>}
 * once each insert has returned (so is durable). The test kills it with SIGKILL.
 */
public final class CrashingEngineMain {

  public static void main(String[] args) {
    Engine engine = Engine.open(EngineConfig.of(Path.of(args[0])));
    Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
    session.execute("""
        CREATE STREAM IF NOT EXISTS events (id INT KEY, v INT)
          WITH (KAFKA_TOPIC='events', PARTITIONS=2, VALUE_FORMAT='JSON');
        CREATE STREAM IF NOT EXISTS odd_events AS SELECT id, v FROM events WHERE v % 2 = 1;
        """);
    System.out.println("ready");
    for (int id = 1; ; id++) {
      session.execute("INSERT INTO events (id, v) VALUES (" + id + ", " + id + ");");
      System.out.println("acked " + id);
    }
  }
}
