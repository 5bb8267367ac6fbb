package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.StatementResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract, in a JVM of its own: the one listening line, and a clean SIGTERM. */
@Timeout(120)
class EddyServerMainTest {

  private static final Pattern LISTENING = Pattern.compile("Eddy server listening on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path dataDir;

  @Test
  void printsWhereItListensServesAndClosesTheEngineOnSigterm() throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), EddyServerMain.class.getName(),
        "--data-dir", dataDir.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader stdout = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher listening = LISTENING.matcher(String.valueOf(stdout.readLine()));
      assertThat(listening.matches()).as("the first line says where the server listens").isTrue();

      HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + listening.group(1) + "/ksql"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"ksql\":\"CREATE STREAM kept (id INT KEY) "
              + "WITH (KAFKA_TOPIC='kept', PARTITIONS=1, VALUE_FORMAT='JSON');\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(200);

      // Not Process.destroy(): it closes our end of the server's stdout, which is read below.
      assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(server.pid())).start().waitFor()).isZero();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server exits on SIGTERM").isTrue();
      assertThat(stdout.readLine()).as("nothing else on standard output").isNull();
    } finally {
      server.destroyForcibly();
    }
    // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited as a terminated process.
    assertThat(server.exitValue()).isEqualTo(143);

    try (Engine engine = Engine.open(EngineConfig.of(dataDir))) {
      StatementResult.Table streams = (StatementResult.Table) engine.execute("SHOW STREAMS;", java.util.Map.of()).get(0);
      assertThat(streams.rows()).extracting(row -> row.get(0)).contains("KEPT");
    }
  }
}
