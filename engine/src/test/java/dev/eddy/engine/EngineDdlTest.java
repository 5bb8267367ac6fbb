package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDdlTest {

  @TempDir Path dataDir;

  private static List<List<Object>> rows(StatementResult result) {
    return ((StatementResult.Table) result).rows();
  }

  @Test
  void createdStreamsAreListedDescribedAndSurviveARestart() {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      StatementResult created = session.execute("CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE) "
          + "WITH (KAFKA_TOPIC='orders', PARTITIONS=4, VALUE_FORMAT='JSON');").get(0);
      assertThat(((StatementResult.Message) created).message()).isEqualTo("Stream ORDERS created");
    }
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      assertThat(rows(session.execute("SHOW STREAMS;").get(0))).containsExactly(
          List.of("EDDY_PROCESSING_LOG", "eddy_processing_log", "NONE", "JSON", "false"),
          List.of("ORDERS", "orders", "KAFKA", "JSON", "false"));
      StatementResult.Table described = (StatementResult.Table) session.execute("DESCRIBE orders;").get(0);
      assertThat(described.rows()).containsExactly(
          List.of("ID", "INTEGER  (key)"), List.of("NAME", "STRING"), List.of("AMOUNT", "DOUBLE"));
      assertThat(described.header()).contains("Kafka topic          : orders");
      assertThat(rows(session.execute("SHOW TOPICS;").get(0))).containsExactly(List.of("orders", "4", "1"));
    }
  }

  @Test
  void shellCommandsAndMalformedWindowPropertiesAreSyntaxErrors() {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      assertThat(kindOf(session, "RUN SCRIPT 'setup.sql';")).isEqualTo(StatementException.Kind.SYNTAX);
      assertThat(kindOf(session, "CREATE TABLE t (k STRING PRIMARY KEY, v INT) WITH (KAFKA_TOPIC='t', PARTITIONS=1,"
          + " VALUE_FORMAT='JSON', WINDOW_TYPE='HOPPING', WINDOW_SIZE='30 bobs');")).isEqualTo(StatementException.Kind.SYNTAX);
      assertThat(kindOf(session, "CREATE TABLE t (k STRING PRIMARY KEY, v INT) WITH (KAFKA_TOPIC='t', PARTITIONS=1,"
          + " VALUE_FORMAT='JSON', WINDOW_TYPE='SESSION', WINDOW_SIZE='30 SECONDS');")).isEqualTo(StatementException.Kind.SYNTAX);
      assertThat(kindOf(session, "CREATE TABLE t (k STRING PRIMARY KEY, v INT) WITH (KAFKA_TOPIC='t', PARTITIONS=1,"
          + " VALUE_FORMAT='JSON', WINDOW_TYPE='HOPPING');")).isEqualTo(StatementException.Kind.INVALID);
    }
  }

  private static StatementException.Kind kindOf(Session session, String statement) {
    try {
      session.execute(statement);
    } catch (StatementException e) {
      return e.kind();
    }
    throw new AssertionError("accepted: " + statement);
  }

  @Test
  void errorsNameLineColumnAndTheNearestNames() {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      Session session = engine.newSession();
      session.execute("CREATE STREAM orders (id INT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');");

      assertThatThrownBy(() -> session.execute("DESCRIBE ordrs;"))
          .isInstanceOf(StatementException.class)
          .hasMessage("line 1:1: Stream or table 'ORDRS' does not exist. Did you mean 'ORDERS'?\nDESCRIBE ordrs;\n^");
      assertThatThrownBy(() -> session.execute("CREATE STREAM s2 (id INT KEY) WITH (KAFKA_TOPIC='nope', VALUE_FORMATT='JSON');"))
          .isInstanceOf(StatementException.class)
          .hasMessage("line 1:57: Unknown property 'VALUE_FORMATT' in the WITH clause. Did you mean 'VALUE_FORMAT'?\n"
              + "CREATE STREAM s2 (id INT KEY) WITH (KAFKA_TOPIC='nope', VALUE_FORMATT='JSON');\n"
              + "                                                        ^");
      assertThatThrownBy(() -> session.execute("SELEC * FROM orders;"))
          .isInstanceOf(StatementException.class)
          .satisfies(e -> assertThat(((StatementException) e).kind()).isEqualTo(StatementException.Kind.SYNTAX));
    }
  }
}
