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
 * Aggregations whose engine is killed with SIGKILL mid-stream come back on restart with exactly
 * the tables an uninterrupted run gives: every input counted once — none lost, none twice —
 * because each task commits its state together with the offsets it covers.
 */
class StatefulCrashTest {

  private static final long DEADLINE_SECONDS = 120;
  private static final int SENTINEL = 1_000_000;

  @TempDir Path dataDir;

  /** The deterministic row with id {@code id}: five keys, event times 1 s apart. */
  static String insert(int id) {
    return "INSERT INTO events (id, k, amount, rowtime) VALUES (" + id + ", 'k" + (id % 5) + "', " + id + ", "
        + id * 1000L + ");";
  }

  @Test
  void aggregatesAfterSigkillEqualAnUninterruptedRun() throws Exception {
    int lastAcked = KilledChild.runUntilAckedThenKill(CrashingAggregationMain.class, dataDir, 150);
    assertThat(lastAcked).isGreaterThanOrEqualTo(150);

    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      for (int id = lastAcked + 2; id <= lastAcked + 20; id++) {
        session.execute(insert(id));
      }
      session.execute(insert(SENTINEL));
      // The input as it is in the log: every acked row, maybe one unacked that landed anyway.
      Map<String, long[]> totals = new TreeMap<>();
      Map<String, Long> windows = new TreeMap<>();
      StatementResult.Streaming input = (StatementResult.Streaming) session.execute(
          "SELECT id, k, amount, ROWTIME FROM events EMIT CHANGES;").get(0);
      try (RowCursor rows = input.rows()) {
        List<Object> row;
        do {
          row = rows.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
          assertThat(row).as("the input up to the sentinel").isNotNull();
          long[] total = totals.computeIfAbsent((String) row.get(1), k -> new long[2]);
          total[0]++;
          total[1] += (Integer) row.get(2);
          windows.merge(row.get(1) + "@" + ((Long) row.get(3) / 10_000 * 10_000), 1L, Long::sum);
        } while (!row.get(0).equals(SENTINEL));
      }
      assertThat(totals.values().stream().mapToLong(t -> t[0]).sum()).isGreaterThanOrEqualTo(lastAcked + 20);

      String expectedTotals = totals.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).sorted().toList().toString();
      assertThat(await(() -> pull(session, "SELECT k, n, total FROM totals;", r -> r.get(0) + "=" + r.get(1) + "/" + r.get(2)),
          expectedTotals)).isEqualTo(expectedTotals);
      String expectedWindows = windows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()
          .toString();
      assertThat(await(() -> pull(session, "SELECT k, WINDOWSTART, n FROM per_10s;", r -> r.get(0) + "@" + r.get(1) + "=" + r.get(2)),
          expectedWindows)).isEqualTo(expectedWindows);
    }
  }

  private interface Query {
    String run();
  }

  /** Runs {@code query} until it gives {@code expected} or the deadline passes; returns its last answer. */
  private static String await(Query query, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
    String actual = query.run();
    while (!actual.equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(50); // polling a pull query for a condition, under a deadline
      actual = query.run();
    }
    return actual;
  }

  private static String pull(Session session, String sql, java.util.function.Function<List<Object>, String> render) {
    StatementResult.Table table = (StatementResult.Table) session.execute(sql).get(0);
    return table.rows().stream().map(render).sorted().toList().toString();
  }
}
