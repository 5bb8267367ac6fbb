package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistent query whose engine is killed with SIGKILL mid-stream comes back on restart and
 * its sink ends up holding every acknowledged input row that passes its filter (at least once).
 */
class EngineCrashTest {

  private static final long DEADLINE_SECONDS = 120;

  @TempDir Path dataDir;

  @Test
  void persistentQueryOutputIsCompleteAfterSigkill() throws Exception {
    int lastAcked = KilledChild.runUntilAckedThenKill(CrashingEngineMain.class, dataDir, 40);
    assertThat(lastAcked).isGreaterThanOrEqualTo(40);

    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      int extra = lastAcked + 1;
      session.execute("INSERT INTO events (id, v) VALUES (" + extra + ", " + (extra | 1) + ");");
      Set<Integer> expected = new HashSet<>();
      for (int id = 1; id <= lastAcked; id += 2) {
        expected.add(id);
      }
      expected.add(extra);

      Set<Integer> seen = new HashSet<>();
      StatementResult.Streaming sink = (StatementResult.Streaming) session.execute(
          "SELECT id FROM odd_events EMIT CHANGES;").get(0);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
      try (RowCursor rows = sink.rows()) {
        while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
          List<Object> row = rows.poll(1, TimeUnit.SECONDS);
          if (row != null) {
            seen.add((Integer) row.get(0));
          }
        }
      }
      assertThat(seen).as("every acknowledged odd row reaches the sink").containsAll(expected);
      // The extra row passes the filter by its value (made odd), whatever the parity of its id.
      assertThat(seen).as("nothing that was never inserted, nothing the filter drops")
          .allMatch(id -> id <= extra && (id % 2 == 1 || id == extra));
    }
  }
}
