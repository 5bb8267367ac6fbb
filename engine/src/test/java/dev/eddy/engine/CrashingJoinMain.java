package dev.eddy.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link JoinCrashTest}: opens an engine on the given directory, starts a
 * stream-table join on the first run (the stream repartitioned by the join key), then forever
 * updates a label and sends an event that should meet it, printing {@code acked <id>} once both
 * inserts have returned. The test kills it with SIGKILL while the join is busy.
 */
public final class CrashingJoinMain {

  public static void main(String[] args) {
    Engine engine = Engine.open(EngineConfig.of(Path.of(args[0])));
    Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
    session.execute("""
        CREATE STREAM IF NOT EXISTS events (id INT KEY, k STRING, amount INT)
          WITH (KAFKA_TOPIC='events', PARTITIONS=1, VALUE_FORMAT='JSON');
        CREATE TABLE IF NOT EXISTS labels (k STRING PRIMARY KEY, label STRING)
          WITH (KAFKA_TOPIC='labels', PARTITIONS=1, VALUE_FORMAT='JSON');
        CREATE STREAM IF NOT EXISTS labeled AS
          SELECT e.k, e.id, l.label FROM events e LEFT JOIN labels l ON e.k = l.k;
        """);
    System.out.println("ready");
    for (int id = 1; ; id++) {
      JoinCrashTest.insert(session, id);
      System.out.println("acked " + id);
    }
  }
}
