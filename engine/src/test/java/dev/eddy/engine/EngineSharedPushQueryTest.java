package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.query.QueryLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical push queries started through sessions share one reader; the rest run on their own. */
class EngineSharedPushQueryTest {

  private static final String BIG_ORDERS = "SELECT id, amount FROM orders WHERE amount > 10 EMIT CHANGES";

  @TempDir Path dataDir;

  @Test
  void identicalPushQueriesShareOneReaderAndEachGetsEveryRow() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = ordersSession(engine);
      QueryLauncher launcher = engine.context().launcher();
      RowCursor first = start(session, BIG_ORDERS + ";");
      RowCursor second = start(session, BIG_ORDERS + ";");
      assertThat(launcher.sharedPushReaders()).isEqualTo(1);

      insert(session, "(1, 50.0)", "(2, 5.0)", "(3, 20.0)");
      assertThat(rows(first, 2)).containsExactlyInAnyOrder(List.of(1, 50.0), List.of(3, 20.0));
      assertThat(rows(second, 2)).containsExactlyInAnyOrder(List.of(1, 50.0), List.of(3, 20.0));

      first.close();
      insert(session, "(4, 30.0)");
      assertThat(rows(second, 1)).containsExactly(List.of(4, 30.0));
      assertThat(launcher.sharedPushReaders()).isEqualTo(1);

      RowCursor other = start(session, "SELECT id, amount FROM orders WHERE amount > 20 EMIT CHANGES;");
      assertThat(launcher.sharedPushReaders()).as("a different filter is a different query").isEqualTo(2);
      second.close();
      other.close();
      assertThat(launcher.sharedPushReaders()).isZero();
    }
  }

  @Test
  void eachSubscriberKeepsItsOwnLimit() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = ordersSession(engine);
      try (RowCursor one = start(session, BIG_ORDERS + " LIMIT 1;");
          RowCursor all = start(session, BIG_ORDERS + ";")) {
        assertThat(engine.context().launcher().sharedPushReaders()).isEqualTo(1);

        insert(session, "(1, 50.0)", "(2, 60.0)");
        assertThat(rows(one, 1)).hasSize(1);
        assertThat(one.next()).as("LIMIT 1 reached").isNull();
        assertThat(rows(all, 2)).containsExactlyInAnyOrder(List.of(1, 50.0), List.of(2, 60.0));
      }
    }
  }

  @Test
  void queriesFromTheEarliestOffsetRunOnTheirOwn() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = ordersSession(engine);
      insert(session, "(1, 50.0)");
      session.execute("SET 'auto.offset.reset'='earliest';");
      try (RowCursor first = start(session, BIG_ORDERS + ";");
          RowCursor second = start(session, BIG_ORDERS + ";")) {
        assertThat(engine.context().launcher().sharedPushReaders()).isZero();
        assertThat(rows(first, 1)).containsExactly(List.of(1, 50.0));
        assertThat(rows(second, 1)).containsExactly(List.of(1, 50.0));
      }
    }
  }

  private static Session ordersSession(Engine engine) {
    Session session = engine.newSession();
    session.execute("CREATE STREAM orders (id INT KEY, amount DOUBLE) "
        + "WITH (KAFKA_TOPIC='orders', PARTITIONS=2, VALUE_FORMAT='JSON');");
    return session;
  }

  private static RowCursor start(Session session, String sql) {
    return ((StatementResult.Streaming) session.execute(sql).get(0)).rows();
  }

  private static void insert(Session session, String... values) {
    for (String value : values) {
      session.execute("INSERT INTO orders (id, amount) VALUES " + value + ";");
    }
  }

  /** The next {@code count} rows, each waited for up to a deadline. */
  private static List<List<Object>> rows(RowCursor cursor, int count) throws InterruptedException {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Object> row = cursor.poll(30, TimeUnit.SECONDS);
      assertThat(row).as("row " + i).isNotNull();
      rows.add(row);
    }
    return rows;
  }
}
