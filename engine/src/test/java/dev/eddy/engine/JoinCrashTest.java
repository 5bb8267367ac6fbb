package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream-table join whose engine is killed with SIGKILL mid-stream comes back with the table
 * it had: after the restart every event meets the label written just before it, none is
 * missing, and an event the crash made the join process twice (at-least-once) carries the same
 * label both times.
 */
class JoinCrashTest {

  private static final long DEADLINE_SECONDS = 120;
  private static final int SENTINEL = 1_000_000;

  @TempDir Path dataDir;

  /** Label {@code L<id>} for key {@code k<id % 5>}, then event {@code id} on that key, a millisecond later. */
  static void insert(Session session, int id) {
    String key = "k" + (id % 5);
    session.execute("INSERT INTO labels (k, label, rowtime) VALUES ('" + key + "', 'L" + id + "', "
        + (id * 1000L - 1) + ");");
    session.execute("INSERT INTO events (id, k, amount, rowtime) VALUES (" + id + ", '" + key + "', " + id + ", "
        + id * 1000L + ");");
  }

  @Test
  void aJoinAfterSigkillMeetsTheTableItHadAndMissesNothing() throws Exception {
    int lastAcked = KilledChild.runUntilAckedThenKill(CrashingJoinMain.class, dataDir, 100);
    assertThat(lastAcked).isGreaterThanOrEqualTo(100);

    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      for (int id = lastAcked + 2; id <= lastAcked + 20; id++) {
        insert(session, id);
      }
      insert(session, SENTINEL);
      Map<Integer, String> labels = new TreeMap<>();
      StatementResult.Streaming output = (StatementResult.Streaming) session.execute(
          "SELECT id, label FROM labeled EMIT CHANGES;").get(0);
      try (RowCursor rows = output.rows()) {
        List<Object> row;
        do {
          row = rows.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
          assertThat(row).as("the join's output up to the sentinel").isNotNull();
          int id = (Integer) row.get(0);
          String label = (String) row.get(1);
          assertThat(label).as("the label event %d meets", id).isEqualTo("L" + id);
          labels.put(id, label);
        } while (!row.get(0).equals(SENTINEL));
      }
      for (int id = 1; id <= lastAcked; id++) {
        assertThat(labels).as("every acknowledged event is joined").containsKey(id);
      }
      for (int id = lastAcked + 2; id <= lastAcked + 20; id++) {
        assertThat(labels).as("every event after the restart is joined").containsKey(id);
      }
    }
  }
}
