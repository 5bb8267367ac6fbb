package dev.eddy.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a crash test's child JVM (a {@code main} that prints {@code acked <id>} once each insert
 * has returned) until it has acknowledged enough inserts, then kills it with SIGKILL.
 */
final class KilledChild {

  private static final long DEADLINE_SECONDS = 120;

  private KilledChild() {}

  /** @return the last id the child acknowledged, acks printed before the kill landed included */
  static int runUntilAckedThenKill(Class<?> main, Path dataDir, int acks) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName(), dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int lastAcked = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
      String line;
      while (lastAcked < acks && System.nanoTime() < deadline && (line = out.readLine()) != null) {
        lastAcked = ackedIn(line, lastAcked);
      }
      // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe.
      child.toHandle().destroyForcibly();
      child.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS);
      // Acks printed before the kill landed still count: they were durable when printed.
      while ((line = out.readLine()) != null) {
        lastAcked = ackedIn(line, lastAcked);
      }
    } finally {
      child.destroyForcibly();
    }
    return lastAcked;
  }

  private static int ackedIn(String line, int lastAcked) {
    return line.startsWith("acked ") ? Integer.parseInt(line.substring(6)) : lastAcked;
  }
}
