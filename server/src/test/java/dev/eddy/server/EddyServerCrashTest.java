package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL of a server process in the middle of /inserts-stream loses no acknowledged row. */
@Timeout(180)
class EddyServerCrashTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dataDir;

  @Test
  void everyAckedRowIsThereAfterSigkillAndRestart() throws Exception {
    int acked = 0;
    try (ServerProcess server = ServerProcess.start(dataDir)) {
      HttpResponse<String> created = post(server, "/ksql", "{\"ksql\":\"CREATE STREAM crashed (id INT KEY, name STRING) "
          + "WITH (KAFKA_TOPIC='crashed', PARTITIONS=1, VALUE_FORMAT='JSON');\"}");
      assertThat(created.statusCode()).isEqualTo(200);

      InsertsStreamConnection inserts = new InsertsStreamConnection(server.port);
      inserts.send("{\"target\":\"crashed\"}");
      int sent = 0;
      // Rows go out ahead of their acks, so some are in flight, unacknowledged, at the kill.
      for (int round = 0; round < 8; round++) {
        for (int i = 0; i < 50; i++) {
          inserts.send("{\"id\":" + sent + ",\"name\":\"row " + sent + "\"}");
          sent++;
        }
        int readUpTo = round < 7 ? sent : sent - 40;
        while (acked < readUpTo) {
          assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":" + acked + "}");
          acked++;
        }
      }
      server.kill();
      inserts.close();
    }

    try (ServerProcess restarted = ServerProcess.start(dataDir)) {
      // One partition, appended in order, durable as a prefix: the first `acked` rows are the acked ones.
      HttpResponse<String> rows = post(restarted, "/query-stream", "{\"sql\":\"SELECT id, name FROM crashed "
          + "EMIT CHANGES LIMIT " + acked + ";\",\"properties\":{\"auto.offset.reset\":\"earliest\"}}");
      assertThat(rows.statusCode()).isEqualTo(200);
      List<String> expected = IntStream.range(0, acked).mapToObj(id -> "[" + id + ",\"row " + id + "\"]").toList();
      assertThat(rows.body().lines().skip(1).toList()).isEqualTo(expected);
    }
  }

  private static HttpResponse<String> post(ServerProcess server, String path, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
