package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.StatementResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract, in a JVM of its own: the one listening line, and a clean SIGTERM. */
@Timeout(120)
class EddyServerMainTest {

  @TempDir Path dataDir;

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
}
