package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineBadRecordTest {

  @TempDir Path dataDir;

  @Test
  void aBadRecordIsSkippedLoggedAndTheQueryKeepsRunning() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      session.execute("""
          CREATE STREAM orders (id INT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
          CREATE STREAM orders_raw (id INT KEY, amount STRING) WITH (KAFKA_TOPIC='orders', VALUE_FORMAT='JSON');
          CREATE STREAM doubled AS SELECT id, amount * 2 AS twice FROM orders;
          INSERT INTO orders_raw (id, amount) VALUES (1, 'lots');
          INSERT INTO orders (id, amount) VALUES (2, 21.0);
          """);

      StatementResult.Streaming output = (StatementResult.Streaming) session.execute(
          "SELECT * FROM doubled EMIT CHANGES LIMIT 1;").get(0);
      try (RowCursor rows = output.rows()) {
        assertThat(rows.poll(30, TimeUnit.SECONDS)).containsExactly(2, 42.0);
      }
      StatementResult.Streaming log = (StatementResult.Streaming) session.execute(
          "SELECT query_id, error_type, record_topic, record_offset, record_value FROM eddy_processing_log EMIT CHANGES LIMIT 1;").get(0);
      try (RowCursor rows = log.rows()) {
        List<Object> entry = rows.poll(30, TimeUnit.SECONDS);
        assertThat(entry).containsExactly("CSAS_DOUBLED_0", "DESERIALIZATION_ERROR", "orders", 0L, "{\"AMOUNT\":\"lots\"}");
      }
      StatementResult.Table queries = (StatementResult.Table) session.execute("SHOW QUERIES;").get(0);
      assertThat(queries.rows().get(0).get(2)).isEqualTo("RUNNING");
      StatementResult.Table described = (StatementResult.Table) session.execute("DESCRIBE orders EXTENDED;").get(0);
      assertThat(described.header()).contains("Messages             : 2\n")
          .containsPattern("Query                : CSAS_DOUBLED_0 RUNNING: 2 records read \\([0-9.]+/s since start\\), 1 skipped\n");
    }
  }
}
