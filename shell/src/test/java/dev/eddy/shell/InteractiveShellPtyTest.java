package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real shell in a pseudo-terminal made by util-linux {@code script}, over the fake
 * driver: a statement typed over two lines, a push query whose rows show before it ends,
 * Ctrl-C that cancels it (and leaves the shell running), then {@code exit}. Every wait has a
 * deadline and the process is destroyed in any case, so a broken shell fails the test rather
 * than hanging the build.
 */
class InteractiveShellPtyTest {

  private static final Duration STEP = Duration.ofSeconds(30);

  @TempDir
  Path home;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void multiLineStatementPushQueryCtrlCAndExit() throws Exception {
    Path script = Path.of("/usr/bin/script");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "util-linux script is needed for a PTY");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A new PTY is 0x0 characters, which JLine cannot lay a prompt out in: give it a size first.
    // exec, so that Ctrl-C reaches only the shell under test: a /bin/sh left waiting for it would
    // die of the SIGINT, and script(1) would report that instead of the shell's own exit status.
    String command = String.join(" ", List.of("stty cols 100 rows 40;", "exec", java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
        EddyShell.class.getName(), "--jdbc-url", "jdbc:fake:pty"));
    Process process = new ProcessBuilder(script.toString(), "-qfec", command, "/dev/null")
        .redirectErrorStream(true)
        .start();
    Screen screen = new Screen(process.getInputStream());
    try (OutputStream keys = process.getOutputStream()) {
      screen.await("eddy> ");

      type(keys, "CREATE STREAM s (id INT)\r");
      screen.await("    > ");
      type(keys, "WITH (kafka_topic='a;b');\r");
      screen.await("Done: CREATE.");

      type(keys, "SELECT * FROM s EMIT CHANGES;\r");
      screen.await("| 2           | bob                                      |");
      assertThat(screen.text()).doesNotContain("Query cancelled");

      type(keys, "\u0003");
      screen.await("Query cancelled after 2 rows.");
      screen.awaitCount("eddy> ", 3);

      type(keys, "exit\r");
      assertThat(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as("the shell exits").isTrue();
      screen.await("Bye.");
      assertThat(process.exitValue()).isZero();
    } finally {
      process.destroyForcibly();
    }
    String text = screen.text();
    assertThat(text).contains(
        "Eddy ", "Connected to jdbc:fake:pty.",
        "+-------------+------------------------------------------+\r\n"
            + "| ID          | NAME                                     |\r\n"
            + "+-------------+------------------------------------------+\r\n"
            + "| 1           | alice                                    |\r\n"
            + "| 2           | bob                                      |\r\n");
    assertThat(Files.readString(home.resolve(".eddy_history"))).contains("SELECT * FROM s EMIT CHANGES;");
  }

  private static void type(OutputStream keys, String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** Everything the shell has written to the terminal so far, read by a background thread. */
  private static final class Screen {
    private final StringBuffer text = new StringBuffer();

    Screen(InputStream in) {
      Thread reader = new Thread(() -> {
        byte[] buffer = new byte[4096];
        try {
          for (int n; (n = in.read(buffer)) > 0; ) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          text.append("\n[screen closed: ").append(e).append(']');
        }
      }, "pty-screen");
      reader.setDaemon(true);
      reader.start();
    }

    String text() {
      return text.toString();
    }

    void await(String expected) throws InterruptedException {
      awaitCount(expected, 1);
    }

    void awaitCount(String expected, int times) throws InterruptedException {
      Instant deadline = Instant.now().plus(STEP);
      while (count(text(), expected) < times) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("no " + times + " x '" + expected + "' on the screen within " + STEP + ":\n" + text());
        }
        Thread.sleep(20); // polling the screen for a condition, under a deadline
      }
    }

    private static int count(String text, String part) {
      int count = 0;
      for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
        count++;
      }
      return count;
    }
  }
}
