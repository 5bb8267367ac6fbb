package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginePushQueryTest {

  @TempDir Path dataDir;

  @Test
  void pushQueryFiltersRowsInsertedBeforeAndAfterItStarted() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      session.execute("""
          CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE)
            WITH (KAFKA_TOPIC='orders', PARTITIONS=2, VALUE_FORMAT='JSON');
          INSERT INTO orders (id, name, amount) VALUES (1, 'ann', 5.0);
          INSERT INTO orders (id, name, amount) VALUES (2, 'bob', 50.0);
          SET 'auto.offset.reset'='earliest';
          """);
      StatementResult.Streaming query = (StatementResult.Streaming) session.execute(
          "SELECT id, UPPER(name) AS shout, amount * 2 FROM orders WHERE amount > 10 EMIT CHANGES LIMIT 2;").get(0);
      assertThat(query.columns()).containsExactly(
          new ColumnInfo("ID", "INTEGER"), new ColumnInfo("SHOUT", "STRING"), new ColumnInfo("KSQL_COL_0", "DOUBLE"));

      try (RowCursor rows = query.rows()) {
        assertThat(rows.poll(30, TimeUnit.SECONDS)).containsExactly(2, "BOB", 100.0);
        session.execute("INSERT INTO orders (id, name, amount) VALUES (3, 'cy', 1.0);");
        session.execute("INSERT INTO orders (id, name, amount) VALUES (4, 'di', 11.0);");
        assertThat(rows.poll(30, TimeUnit.SECONDS)).containsExactly(4, "DI", 22.0);
        assertThat(rows.next()).as("LIMIT 2 reached").isNull();
        assertThat(rows.isDone()).isTrue();
      }
    }
  }

  @Test
  void insertRefusesValuesOfTheWrongType() {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      session.execute("CREATE STREAM s (id INT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='s', PARTITIONS=1, VALUE_FORMAT='JSON');");

      assertThatThrownBy(() -> session.execute("INSERT INTO s (id, amount) VALUES (1, 'lots');"))
          .isInstanceOf(StatementException.class)
          .hasMessage("line 1:39: A value of type STRING cannot be stored in column AMOUNT of type DOUBLE.\n"
              + "INSERT INTO s (id, amount) VALUES (1, 'lots');\n"
              + "                                      ^");
    }
  }
}
