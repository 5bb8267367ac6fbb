package dev.eddy.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link StatefulCrashTest}: opens an engine on the given directory,
 * starts two aggregations on the first run (a GROUP BY that repartitions, and a windowed
 * count), then inserts rows forever, printing {@code acked <id>} once each insert has returned.
 * The test kills it with SIGKILL while the queries are busy.
 */
public final class CrashingAggregationMain {

  public static void main(String[] args) {
    Engine engine = Engine.open(EngineConfig.of(Path.of(args[0])));
    Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
    session.execute("""
        CREATE STREAM IF NOT EXISTS events (id INT KEY, k STRING, amount INT)
          WITH (KAFKA_TOPIC='events', PARTITIONS=1, VALUE_FORMAT='JSON');
        CREATE TABLE IF NOT EXISTS totals AS
          SELECT k, COUNT(*) AS n, SUM(amount) AS total FROM events GROUP BY k EMIT CHANGES;
        CREATE TABLE IF NOT EXISTS per_10s AS
          SELECT k, COUNT(*) AS n FROM events WINDOW TUMBLING (SIZE 10 SECONDS) GROUP BY k EMIT CHANGES;
        """);
    System.out.println("ready");
    for (int id = 1; ; id++) {
      session.execute(StatefulCrashTest.insert(id));
      System.out.println("acked " + id);
    }
  }
}
