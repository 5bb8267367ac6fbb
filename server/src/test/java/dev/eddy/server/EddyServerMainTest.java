package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.StatementResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract, in a JVM of its own: the one listening line, a clean SIGTERM, its files. */
@Timeout(120)
class EddyServerMainTest {

  @TempDir Path dataDir;
  @TempDir Path configDir;

  @Test
  void printsWhereItListensServesAndClosesTheEngineOnSigterm() throws Exception {
    ServerProcess server = ServerProcess.start(dataDir);
    try {
      HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/ksql")))
          .POST(HttpRequest.BodyPublishers.ofString("{\"ksql\":\"CREATE STREAM kept (id INT KEY) "
              + "WITH (KAFKA_TOPIC='kept', PARTITIONS=1, VALUE_FORMAT='JSON');\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(200);

      // Not Process.destroy(): it closes our end of the server's stdout, which is read below.
      assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(server.process.pid())).start().waitFor()).isZero();
      assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).as("the server exits on SIGTERM").isTrue();
      assertThat(server.stdout.readLine()).as("nothing else on standard output").isNull();
    } finally {
      server.close();
    }
    // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited as a terminated process.
    assertThat(server.process.exitValue()).isEqualTo(143);

    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      StatementResult.Table streams = (StatementResult.Table) engine.execute("SHOW STREAMS;", java.util.Map.of()).get(0);
      assertThat(streams.rows()).extracting(row -> row.get(0)).contains("KEPT");
    }
  }

  @Test
  void headlessFromAQueriesFileWithAConfigFileSurvivesARestartWithoutDuplicates() throws Exception {
    Path deploy = Files.writeString(configDir.resolve("deploy.sql"), HeadlessModeTest.DEPLOY);
    Path config = Files.writeString(configDir.resolve("eddy.properties"),
        "# The server's limit, and a default for every session\nmax.request.bytes=2048\nauto.offset.reset=earliest\n");
    String[] options = {"--config", config.toString(), "--queries-file", deploy.toString()};
    try (ServerProcess server = ServerProcess.start(dataDir, options)) {
      assertThat(post(server, "/ksql", "{\"ksql\":\"INSERT INTO orders (id, amount) VALUES (1, 150);\"}").statusCode())
          .isEqualTo(200);
      // No auto.offset.reset in the request: the config file's default reads from the start.
      assertThat(post(server, "/query-stream", "{\"sql\":\"SELECT id FROM big EMIT CHANGES LIMIT 1;\"}").body())
          .endsWith("\n[1]\n");
      HttpResponse<String> tooBig = post(server, "/ksql", "{\"ksql\":\"" + "x".repeat(3000) + "\"}");
      assertThat(tooBig.statusCode()).isEqualTo(413);
      assertThat(tooBig.body()).contains("max.request.bytes (2048 bytes)");
      assertThat(post(server, "/ksql", "{\"ksql\":\"DROP STREAM big;\"}").statusCode()).isEqualTo(400);
      assertThat(queryIds(server)).hasSize(2);
      server.kill();
    }
    try (ServerProcess restarted = ServerProcess.start(dataDir, options)) {
      assertThat(queryIds(restarted)).as("the same two queries, not two more").hasSize(2);
      assertThat(post(restarted, "/query-stream", "{\"sql\":\"SELECT id FROM big EMIT CHANGES LIMIT 1;\"}").body())
          .endsWith("\n[1]\n");
    }
  }

  private static List<String> queryIds(ServerProcess server) throws Exception {
    JsonNode queries = Json.MAPPER.readTree(post(server, "/ksql", "{\"ksql\":\"SHOW QUERIES;\"}").body()).get(0).get("rows");
    List<String> ids = new ArrayList<>();
    queries.forEach(row -> ids.add(row.get(0).asText()));
    return ids;
  }

  private static HttpResponse<String> post(ServerProcess server, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
