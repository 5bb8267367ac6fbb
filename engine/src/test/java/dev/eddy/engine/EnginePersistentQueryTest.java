package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginePersistentQueryTest {

  @TempDir Path dataDir;

  private static List<List<Object>> read(Session session, String query, int count) throws InterruptedException {
    StatementResult.Streaming result = (StatementResult.Streaming) session.execute(query).get(0);
    List<List<Object>> rows = new ArrayList<>();
    try (RowCursor cursor = result.rows()) {
      for (int i = 0; i < count; i++) {
        List<Object> row = cursor.poll(30, TimeUnit.SECONDS);
        assertThat(row).as("row %d of %s", i, query).isNotNull();
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void csasKeepsRunningAcrossARestartAndItsOutputIsComplete() throws Exception {
    String queryId;
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      List<StatementResult> results = session.execute("""
          CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE)
            WITH (KAFKA_TOPIC='orders', PARTITIONS=2, VALUE_FORMAT='JSON');
          SET 'auto.offset.reset'='earliest';
          INSERT INTO orders (id, name, amount) VALUES (1, 'ann', 5.0);
          INSERT INTO orders (id, name, amount) VALUES (2, 'bob', 50.0);
          CREATE STREAM big_orders AS SELECT id, name, amount FROM orders WHERE amount > 10;
          INSERT INTO orders (id, name, amount) VALUES (3, 'cy', 70.0);
          """);
      queryId = ((StatementResult.Message) results.get(4)).queryId();
      assertThat(queryId).isEqualTo("CSAS_BIG_ORDERS_0");
      assertThat(read(session, "SELECT * FROM big_orders EMIT CHANGES LIMIT 2;", 2))
          .containsExactlyInAnyOrder(List.of(2, "bob", 50.0), List.of(3, "cy", 70.0));
      StatementResult.Table queries = (StatementResult.Table) session.execute("SHOW QUERIES;").get(0);
      assertThat(queries.rows()).hasSize(1);
      assertThat(queries.rows().get(0).subList(0, 4)).containsExactly(queryId, "PERSISTENT", "RUNNING", "BIG_ORDERS");
      assertThatThrownBy(() -> session.execute("DROP STREAM orders;"))
          .hasMessageStartingWith("line 1:13: Cannot drop ORDERS: CSAS_BIG_ORDERS_0 reads or writes it.");
    }
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession(java.util.Map.of("auto.offset.reset", "earliest"));
      session.execute("INSERT INTO orders (id, name, amount) VALUES (4, 'di', 99.0);");
      assertThat(read(session, "SELECT * FROM big_orders EMIT CHANGES LIMIT 3;", 3))
          .containsExactlyInAnyOrder(List.of(2, "bob", 50.0), List.of(3, "cy", 70.0), List.of(4, "di", 99.0));
      StatementResult.Table explained = (StatementResult.Table) session.execute("EXPLAIN " + queryId + ";").get(0);
      assertThat(explained.rows().get(1).get(0).toString()).startsWith("EddyCalc(");
      session.execute("TERMINATE " + queryId + ";");
      assertThat(((StatementResult.Table) session.execute("SHOW QUERIES;").get(0)).rows()).isEmpty();
    }
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      assertThat(((StatementResult.Table) engine.newSession().execute("SHOW QUERIES;").get(0)).rows())
          .as("a terminated query stays terminated after a restart").isEmpty();
    }
  }
}
