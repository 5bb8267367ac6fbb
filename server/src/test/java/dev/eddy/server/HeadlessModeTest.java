package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.HeadlessDeployment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A headless server: the queries file deploys, clients query and insert but change nothing. */
@Timeout(120)
class HeadlessModeTest {

  static final String DEPLOY = """
      -- The deployment: a stream, a derived stream, and a second query feeding it.
      CREATE STREAM orders (id INT KEY, amount INT) WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
      CREATE STREAM big AS SELECT id, amount FROM orders WHERE amount > 100 EMIT CHANGES;
      CREATE STREAM refunds (id INT KEY, amount INT) WITH (KAFKA_TOPIC='refunds', PARTITIONS=1, VALUE_FORMAT='JSON');
      INSERT INTO big SELECT id, amount FROM refunds WHERE amount > 100 EMIT CHANGES;
      """;

  @TempDir Path dataDir;

  @Test
  void aSecondRunOfTheFileAfterARestartStartsNothingTwice() {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      assertThat(HeadlessDeployment.apply(engine, DEPLOY, Map.of())).allMatch(line -> line.startsWith("ran: "));
      assertThat(queries(engine)).hasSize(2);
    }
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      assertThat(HeadlessDeployment.apply(engine, DEPLOY, Map.of())).containsExactly(
          "already in place: CREATE STREAM orders (id INT KEY, amount INT) WITH (KAFKA_TOPIC='orders', PARTITIONS=1, "
              + "VALUE_FORMAT='JSON');",
          "already in place: CREATE STREAM big AS SELECT id, amount FROM orders WHERE amount > 100 EMIT CHANGES;",
          "already in place: CREATE STREAM refunds (id INT KEY, amount INT) WITH (KAFKA_TOPIC='refunds', PARTITIONS=1, "
              + "VALUE_FORMAT='JSON');",
          "already in place: INSERT INTO big SELECT id, amount FROM refunds WHERE amount > 100 EMIT CHANGES;");
      assertThat(queries(engine)).hasSize(2);
    }
  }

  @Test
  void clientsMayQueryDescribeAndInsertButNotChangeTheDeployment() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      HeadlessDeployment.apply(engine, DEPLOY, Map.of());
      try (EddyServer server = EddyServer.start(engine, new ServerSettings("127.0.0.1", 0, 65536, true))) {
        TestServer client = TestServer.over(server);
        for (String refused : List.of("CREATE STREAM more (id INT KEY) WITH (KAFKA_TOPIC='more', PARTITIONS=1, "
                + "VALUE_FORMAT='JSON');", "DROP STREAM big;", "TERMINATE ALL;",
            "SHOW STREAMS; CREATE STREAM again AS SELECT * FROM orders EMIT CHANGES;")) {
          HttpResponse<String> response = client.post("/ksql", "{\"ksql\":" + Json.MAPPER.writeValueAsString(refused) + "}");
          assertThat(response.statusCode()).as(refused).isEqualTo(400);
          assertThat(Json.MAPPER.readTree(response.body()).get("message").asText()).as(refused)
              .startsWith("This server runs headless from a queries file (--queries-file), which alone decides its "
                  + "streams, tables and persistent queries; it refuses: ");
        }
        HttpResponse<String> viaQueryStream = client.post("/query-stream",
            "{\"sql\":\"CREATE STREAM sneaky AS SELECT * FROM orders EMIT CHANGES;\"}");
        assertThat(viaQueryStream.statusCode()).isEqualTo(400);
        assertThat(engine.execute("SHOW STREAMS;", Map.of()).toString()).doesNotContain("SNEAKY", "MORE", "AGAIN");
        assertThat(queries(engine)).hasSize(2);

        assertThat(client.post("/ksql", "{\"ksql\":\"SHOW QUERIES; DESCRIBE big; "
            + "INSERT INTO orders (id, amount) VALUES (1, 150);\"}").statusCode()).isEqualTo(200);
        try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
          inserts.send("{\"target\":\"orders\"}");
          inserts.send("{\"id\":2,\"amount\":500}");
          inserts.finish();
          assertThat(inserts.statusLine()).isEqualTo("HTTP/1.1 200 OK");
          assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":0}");
        }
        HttpResponse<String> rows = client.post("/query-stream", "{\"sql\":\"SELECT id, amount FROM big EMIT CHANGES "
            + "LIMIT 2;\",\"properties\":{\"auto.offset.reset\":\"earliest\"}}");
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.body().lines().skip(1).toList()).containsExactly("[1,150]", "[2,500]");
      }
    }
  }

  private static List<List<Object>> queries(Engine engine) {
    return Stream.of(engine.execute("SHOW QUERIES;", Map.of()).get(0))
        .flatMap(result -> ((dev.eddy.engine.StatementResult.Table) result).rows().stream()).toList();
  }
}
