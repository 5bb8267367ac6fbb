package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many push-query clients at once, each with a query of its own. */
@Timeout(180)
class PushQueryClientsTest {

  private static final int CLIENTS = 50;
  private static final int ROWS_EACH = 3;

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(65536);

  @Test
  void fiftyConcurrentClientsEachGetTheirOwnRows() throws Exception {
    createStream("readings");
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      responses.add(TestServer.CLIENT.sendAsync(server.request("/query-stream", "{\"sql\":\"SELECT id, reading FROM "
          + "readings WHERE id = " + client + " EMIT CHANGES LIMIT " + ROWS_EACH + ";\"}"),
          HttpResponse.BodyHandlers.ofString()));
    }
    // The queries start at the end of the log, so the rows go in once every one is listening.
    Await.until(() -> server.server.activeQueries().size() == CLIENTS);
    List<String> rows = new ArrayList<>();
    for (int round = 0; round < ROWS_EACH; round++) {
      for (int client = 0; client < CLIENTS; client++) {
        rows.add("{\"id\":" + client + ",\"reading\":" + (client * 100 + round) + "}");
      }
    }
    insert("readings", rows);
    for (int client = 0; client < CLIENTS; client++) {
      HttpResponse<String> response = responses.get(client).get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      List<String> expected = new ArrayList<>();
      for (int round = 0; round < ROWS_EACH; round++) {
        expected.add("[" + client + "," + (client * 100 + round) + "]");
      }
      assertThat(response.body().lines().skip(1).toList()).as("client " + client).isEqualTo(expected);
    }
    Await.until(() -> server.server.activeQueries().isEmpty());
  }

  /** Sends the rows through /inserts-stream and returns once every one is acked. */
  private static void insert(String stream, List<String> rows) throws Exception {
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"" + stream + "\"}");
      for (String row : rows) {
        inserts.send(row);
      }
      inserts.finish();
      for (int seq = 0; seq < rows.size(); seq++) {
        assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":" + seq + "}");
      }
    }
  }

  private static void createStream(String name) throws Exception {
    assertThat(server.post("/ksql", "{\"ksql\":\"CREATE STREAM " + name + " (id INT KEY, reading INT) WITH ("
        + "KAFKA_TOPIC='" + name + "', PARTITIONS=1, VALUE_FORMAT='JSON');\"}").statusCode()).isEqualTo(200);
  }

}
