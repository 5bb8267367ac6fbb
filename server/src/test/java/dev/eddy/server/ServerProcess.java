package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code EddyServerMain} in a JVM of its own, on port 0, started once its listening line shows. */
final class ServerProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Eddy server listening on http://127\\.0\\.0\\.1:(\\d+)");

  final Process process;
  final BufferedReader stdout;
  final int port;

  private ServerProcess(Process process) throws IOException {
    this.process = process;
    this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Matcher listening = LISTENING.matcher(String.valueOf(stdout.readLine()));
    assertThat(listening.matches()).as("the first line says where the server listens").isTrue();
    this.port = Integer.parseInt(listening.group(1));
  }

  static ServerProcess start(Path dataDir, String... moreArguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), EddyServerMain.class.getName(),
        "--data-dir", dataDir.toString(), "--port", "0"));
    command.addAll(List.of(moreArguments));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return new ServerProcess(process);
    } catch (IOException | RuntimeException | AssertionError e) {
      process.destroyForcibly();
      throw e;
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or marked clean. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    stdout.close();
  }
}
