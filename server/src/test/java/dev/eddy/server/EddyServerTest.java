package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real server on 127.0.0.1, port 0, over one engine shared by the tests (each uses its own stream). */
@Timeout(120)
class EddyServerTest {

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(1024);
  private static final HttpClient CLIENT = TestServer.CLIENT;

  @Test
  void infoReportsTheVersionAndHealthcheckIsHealthy() throws Exception {
    HttpResponse<String> info = get("/info");
    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).isEqualTo("{\"KsqlServerInfo\":{\"version\":\"" + InfoHandler.VERSION
        + "\",\"ksqlServiceId\":\"eddy\",\"serverStatus\":\"RUNNING\"}}");
    assertThat(InfoHandler.VERSION).isNotEqualTo("unknown").doesNotContain("${");

    HttpResponse<String> health = get("/healthcheck");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"isHealthy\":true}");
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    HttpResponse<String> response = get("/nowhere?x=1");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .isEqualTo("{\"@type\":\"generic_error\",\"error_code\":40400,\"message\":\"No such endpoint: /nowhere?x=1\"}");
  }

  @Test
  void aWrongMethodIs405() throws Exception {
    HttpResponse<String> response = get("/ksql");
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body())
        .isEqualTo("{\"@type\":\"generic_error\",\"error_code\":40500,\"message\":\"/ksql takes POST, not GET\"}");
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> response = post("/ksql", "{\"ksql\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"@type\":\"generic_error\",\"error_code\":40000,"
        + "\"message\":\"The body is not valid JSON: ");

    HttpResponse<String> notAnObject = post("/ksql", "[1]");
    assertThat(notAnObject.statusCode()).isEqualTo(400);
    assertThat(notAnObject.body()).isEqualTo(
        "{\"@type\":\"generic_error\",\"error_code\":40000,\"message\":\"The body must be a JSON object\"}");

    HttpResponse<String> noKsql = post("/ksql", "{\"sql\":\"SHOW STREAMS;\"}");
    assertThat(noKsql.statusCode()).isEqualTo(400);
    assertThat(noKsql.body()).isEqualTo(
        "{\"@type\":\"generic_error\",\"error_code\":40000,\"message\":\"The body needs a \\\"ksql\\\" string\"}");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = "{\"ksql\":\"" + "x".repeat(2000) + "\"}";
    HttpResponse<String> response = post("/ksql", big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"@type\":\"generic_error\",\"error_code\":41300,"
        + "\"message\":\"The request body is larger than max.request.bytes (1024 bytes)\"}");
    assertThat(get("/healthcheck").statusCode()).as("the server still answers").isEqualTo(200);

  }

  @Test
  void ksqlRunsStatementsAndAnswersWithKsqlDbEntities() throws Exception {
    HttpResponse<String> created = post("/ksql", "{\"ksql\":\"CREATE STREAM k1 (id INT KEY, name STRING) "
        + "WITH (KAFKA_TOPIC='k1', PARTITIONS=1, VALUE_FORMAT='JSON'); INSERT INTO k1 (id, name) VALUES (1, 'ann');\"}");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).isEqualTo("[{\"@type\":\"currentStatus\",\"statementText\":\"CREATE STREAM k1 (id INT KEY, "
        + "name STRING) WITH (KAFKA_TOPIC='k1', PARTITIONS=1, VALUE_FORMAT='JSON');\",\"commandStatus\":{\"status\":"
        + "\"SUCCESS\",\"message\":\"Stream K1 created\",\"queryId\":null},\"warnings\":[]},"
        + "{\"@type\":\"currentStatus\",\"statementText\":\"INSERT INTO k1 (id, name) VALUES (1, 'ann');\","
        + "\"commandStatus\":{\"status\":\"SUCCESS\",\"message\":\"Inserted 1 row into K1.\",\"queryId\":null},"
        + "\"warnings\":[]}]");

    HttpResponse<String> topics = post("/ksql", "{\"ksql\":\"SHOW STREAMS;\"}");
    assertThat(topics.statusCode()).isEqualTo(200);
    assertThat(topics.body()).startsWith("[{\"@type\":\"table\",\"statementText\":\"SHOW STREAMS;\",\"header\":\"\","
        + "\"columns\":[{\"name\":\"Stream Name\",\"type\":\"STRING\"},{\"name\":\"Kafka Topic\",\"type\":\"STRING\"},")
        .contains("[\"K1\",\"k1\",\"KAFKA\",\"JSON\",\"false\"]");
  }

  @Test
  void aRefusedStatementIsAStatementErrorWithItsPosition() throws Exception {
    post("/ksql", "{\"ksql\":\"CREATE STREAM k2 (id INT KEY, name STRING) "
        + "WITH (KAFKA_TOPIC='k2', PARTITIONS=1, VALUE_FORMAT='JSON');\"}");
    HttpResponse<String> response = post("/ksql", "{\"ksql\":\"SELECT id,\\n  nope FROM k2 EMIT CHANGES;\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"@type\":\"statement_error\",\"error_code\":40001,"
        + "\"message\":\"line 2:3: Column 'NOPE' not found.\\n  nope FROM k2 EMIT CHANGES;\\n  ^\","
        + "\"statementText\":\"SELECT id,\\n  nope FROM k2 EMIT CHANGES;\",\"line\":2,\"column\":3,\"entities\":[]}");
  }

  @Test
  void aPushQueryStreamsRowsInsertedWhileItRunsUntilClosed() throws Exception {
    post("/ksql", "{\"ksql\":\"CREATE STREAM k3 (id INT KEY, name STRING) "
        + "WITH (KAFKA_TOPIC='k3', PARTITIONS=1, VALUE_FORMAT='JSON'); INSERT INTO k3 (id, name) VALUES (1, 'ann');\"}");
    HttpResponse<Stream<String>> response = CLIENT.send(request("/query-stream",
        "{\"sql\":\"SELECT id, UPPER(name) AS shout FROM k3 EMIT CHANGES;\","
            + "\"properties\":{\"auto.offset.reset\":\"earliest\"}}"), HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue(QueryStreamHandler.CONTENT_TYPE);
    Iterator<String> lines = response.body().iterator();

    String header = lines.next();
    String queryId = Json.MAPPER.readTree(header).get("queryId").asText();
    assertThat(header).isEqualTo("{\"queryId\":\"" + queryId
        + "\",\"columnNames\":[\"ID\",\"SHOUT\"],\"columnTypes\":[\"INTEGER\",\"STRING\"]}");
    assertThat(lines.next()).isEqualTo("[1,\"ANN\"]");
    assertThat(server.server.activeQueries()).containsExactly(queryId);

    assertThat(post("/ksql", "{\"ksql\":\"INSERT INTO k3 (id, name) VALUES (2, 'bob');\"}").statusCode()).isEqualTo(200);
    assertThat(lines.next()).isEqualTo("[2,\"BOB\"]");

    HttpResponse<String> closed = post("/close-query", "{\"queryId\":\"" + queryId + "\"}");
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(closed.body()).isEqualTo("{}");
    assertThat(lines.hasNext()).as("the response ends once the query is closed").isFalse();
    assertThat(server.server.activeQueries()).isEmpty();

    HttpResponse<String> again = post("/close-query", "{\"queryId\":\"" + queryId + "\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).isEqualTo("{\"@type\":\"generic_error\",\"error_code\":40000,"
        + "\"message\":\"No push query is running with id " + queryId + "\"}");
  }

  @Test
  void aClientThatHangsUpMidStreamStopsItsQueryAndTheServerServesOn() throws Exception {
    post("/ksql", "{\"ksql\":\"CREATE STREAM k4 (id INT KEY, name STRING) "
        + "WITH (KAFKA_TOPIC='k4', PARTITIONS=1, VALUE_FORMAT='JSON');\"}");
    // Enough rows that most are still on their way when the client hangs up after the first.
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"k4\"}");
      for (int id = 1; id <= 500; id++) {
        inserts.send("{\"id\":" + id + ",\"name\":\"n" + id + "\"}");
      }
      inserts.finish();
      for (int seq = 0; seq < 500; seq++) {
        assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":" + seq + "}");
      }
    }
    String body = "{\"sql\":\"SELECT id FROM k4 EMIT CHANGES;\",\"properties\":{\"auto.offset.reset\":\"earliest\"}}";
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /query-stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
      String line;
      do {
        line = in.readLine();
      } while (line != null && !line.equals("[1]"));
      assertThat(line).as("the first row arrived").isEqualTo("[1]");
      assertThat(server.server.activeQueries()).hasSize(1);
    }
    // The stream removes itself only after closing its cursor, which stops the engine's query.
    Await.until(() -> server.server.activeQueries().isEmpty());

    assertThat(get("/healthcheck").statusCode()).isEqualTo(200);
    HttpResponse<String> another = post("/query-stream", "{\"sql\":\"SELECT id FROM k4 EMIT CHANGES LIMIT 2;\","
        + "\"properties\":{\"auto.offset.reset\":\"earliest\"}}");
    assertThat(another.body().lines().skip(1).toList()).containsExactly("[1]", "[2]");
  }

  @Test
  void queryStreamRefusesStatementsThatAreNotQueries() throws Exception {
    HttpResponse<String> response = post("/query-stream", "{\"sql\":\"SHOW STREAMS; SHOW TABLES;\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"@type\":\"generic_error\",\"error_code\":40000,"
        + "\"message\":\"/query-stream takes exactly one query; send other statements to /ksql\"}");
  }


  private static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return server.post(path, body);
  }

  private static HttpRequest request(String path, String body) {
    return server.request(path, body);
  }

  private static URI uri(String path) {
    return server.uri(path);
  }
}
