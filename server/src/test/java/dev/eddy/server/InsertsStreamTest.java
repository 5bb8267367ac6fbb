package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /inserts-stream on a real server: rows in over one connection, one ack per row out. */
@Timeout(120)
class InsertsStreamTest {

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(4096);
  private static final HttpClient CLIENT = TestServer.CLIENT;

  @Test
  void eachRowIsAckedAsItGoesInAndAPushQuerySeesThemAll() throws Exception {
    createStream("i1");
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"i1\"}");
      for (int i = 0; i < 20; i++) {
        inserts.send("{\"id\":" + i + ",\"name\":\"n" + i + "\"}");
        if (i == 0) {
          assertThat(inserts.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        }
        // The client is still sending: each ack arrives before the next row is even written.
        assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":" + i + "}");
      }
      inserts.finish();
      assertThat(inserts.nextJson()).as("the response ends with the body").isNull();
    }
    String rows = post("/query-stream", "{\"sql\":\"SELECT id, name FROM i1 EMIT CHANGES LIMIT 20;\","
        + "\"properties\":{\"auto.offset.reset\":\"earliest\"}}").body();
    // Two partitions: each keeps its order, but the query may interleave them.
    assertThat(rows.lines().skip(1).toList()).hasSize(20).contains("[0,\"n0\"]", "[19,\"n19\"]");
  }

  @Test
  void aBadRowGetsAnErrorAckAndLaterRowsStillGoIn() throws Exception {
    createStream("i2");
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"I2\"}");
      inserts.send("{\"id\":1,\"name\":\"ann\"}");
      inserts.send("{\"id\": oops");
      inserts.send("{\"id\":3,\"nmae\":\"cy\"}");
      inserts.send("{\"id\":\"four\",\"name\":\"dee\"}");
      inserts.send("[5]");
      inserts.send("{\"ID\":6,\"NAME\":\"eve\"}");
      inserts.finish();
      assertThat(inserts.statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":0}");
      assertThat(inserts.nextJson()).startsWith("{\"status\":\"error\",\"seq\":1,\"error_code\":40000,"
          + "\"message\":\"Invalid JSON: ");
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"error\",\"seq\":2,\"error_code\":40000,"
          + "\"message\":\"'nmae' is not a column of I2. Did you mean 'NAME'?\"}");
      assertThat(inserts.nextJson()).startsWith("{\"status\":\"error\",\"seq\":3,\"error_code\":40000,")
          .contains("ID");
      assertThat(inserts.nextJson()).startsWith("{\"status\":\"error\",\"seq\":4,\"error_code\":40000,"
          + "\"message\":\"A row must be a JSON object of I2's columns [ID, NAME, ROWTIME], got: [5]\"}");
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":5}");
      assertThat(inserts.nextJson()).isNull();
    }
    String rows = post("/query-stream", "{\"sql\":\"SELECT id, name FROM i2 EMIT CHANGES LIMIT 2;\","
        + "\"properties\":{\"auto.offset.reset\":\"earliest\"}}").body();
    assertThat(rows.lines().skip(1).toList()).containsExactlyInAnyOrder("[1,\"ann\"]", "[6,\"eve\"]");
  }

  @Test
  void anUnknownTargetIsRefusedBeforeAnyAck() throws Exception {
    createStream("i3");
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"i3x\"}");
      assertThat(inserts.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
      assertThat(inserts.nextJson()).isEqualTo("{\"@type\":\"generic_error\",\"error_code\":40000,"
          + "\"message\":\"Stream or table 'i3x' does not exist. Did you mean 'I3'?\"}");
    }
  }

  @Test
  void aRowLongerThanTheRequestLimitEndsTheStreamAfterTheRowsBeforeIt() throws Exception {
    createStream("i4");
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"i4\"}");
      inserts.send("{\"id\":1,\"name\":\"ann\"}");
      inserts.send("{\"id\":2,\"name\":\"" + "b".repeat(5000) + "\"}");
      assertThat(inserts.statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":0}");
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"error\",\"seq\":1,\"error_code\":41300,"
          + "\"message\":\"A row is longer than max.request.bytes (4096 bytes); the stream ends here\"}");
      assertThat(inserts.nextJson()).as("the server ends the response and the connection").isNull();
    }
    assertThat(get("/healthcheck").statusCode()).isEqualTo(200);
  }

  @Test
  void otherMethodsAre405() throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/inserts-stream")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(get("/healthcheck").statusCode()).isEqualTo(200);
  }

  private static void createStream(String name) throws Exception {
    HttpResponse<String> created = post("/ksql", "{\"ksql\":\"CREATE STREAM " + name + " (id INT KEY, name STRING) "
        + "WITH (KAFKA_TOPIC='" + name + "', PARTITIONS=2, VALUE_FORMAT='JSON');\"}");
    assertThat(created.statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return server.post(path, body);
  }

  private static URI uri(String path) {
    return server.uri(path);
  }
}
