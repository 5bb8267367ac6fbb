package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM appending with flush.policy=every-batch (SIGKILL, at random moments), reopens
 * the log and checks that every acknowledged record is present and byte-identical and that every
 * visible record is valid. The data directory is shared across trials, so each recovery starts
 * from the previous one's result.
 */
class CrashRecoveryTest {

  private static final int TRIALS = 20;

  @TempDir
  Path dir;

  @Test
  void acknowledgedRecordsSurviveSigkill() throws Exception {
    Random random = new Random(20261125L);
    Path data = dir.resolve("data");
    long acknowledged = 0;
    long lost = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      long trialStart = System.nanoTime();
      List<String> acks = runAndKill(data, "r" + trial, random.nextLong(), 20 + random.nextInt(300));
      assertThat(acks).as("trial %d acknowledged something before the kill", trial).isNotEmpty();
      long killedAt = System.nanoTime();
      try (FileLogStore store = FileLogStore.open(data)) {
        PartitionLog log = store.topic(CrashTestWriter.TOPIC).partition(0);
        List<LogRecord> all = TestRecords.readAll(log, 0);
        Map<Long, LogRecord> byOffset = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
          LogRecord r = all.get(i);
          assertThat(r.offset()).as("offsets are dense").isEqualTo(i);
          String key = TestRecords.string(r.key());
          assertThat(CrashTestWriter.isValid(key, r.value())).as("record %d (%s) is valid", r.offset(), key).isTrue();
          byOffset.put(r.offset(), r);
        }
        for (String ack : acks) {
          String[] f = ack.split(" ");
          long first = Long.parseLong(f[1]);
          String prefix = f[2];
          long seq = Long.parseLong(f[3]);
          int count = Integer.parseInt(f[4]);
          for (int i = 0; i < count; i++) {
            acknowledged++;
            LogRecord r = byOffset.get(first + i);
            if (r == null || !TestRecords.string(r.key()).equals(CrashTestWriter.keyFor(prefix, seq + i))) {
              lost++;
            }
          }
        }
        System.out.printf("trial %d: %d acks, run+kill %d ms, verify %d ms, log end %d%n", trial, acks.size(),
            (killedAt - trialStart) / 1_000_000, (System.nanoTime() - killedAt) / 1_000_000, log.endOffset());
      }
    }
    System.out.printf("crash test: %d kills, %d acknowledged records, %d lost%n", TRIALS, acknowledged, lost);
    assertThat(lost).isZero();
  }

  /** Starts the writer, kills it {@code runMs} after its first acknowledgement, returns its ACK lines. */
  private List<String> runAndKill(Path data, String run, long seed, long runMs) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = dir.resolve(run + ".stderr");
    Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // The child needs no log output; skipping logback start-up shortens every trial.
        "-Dslf4j.provider=org.slf4j.helpers.NOP_SLF4JServiceProvider",
        "-cp", System.getProperty("java.class.path"), CrashTestWriter.class.getName(), data.toString(), run,
        Long.toString(seed))
        .redirectError(stderr.toFile())
        .start();
    List<String> acks = new CopyOnWriteArrayList<>();
    CountDownLatch firstAck = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            acks.add(line);
            firstAck.countDown();
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("reading the writer's output", e);
      }
    }, "crash-writer-output");
    reader.start();
    try {
      boolean started = firstAck.await(30, TimeUnit.SECONDS);
      assertThat(started).as("writer acknowledged within 30 s; stderr: %s", stderrOf(stderr)).isTrue();
      boolean exited = process.waitFor(runMs, TimeUnit.MILLISECONDS);
      assertThat(exited).as("writer must still be running when killed; stderr: %s", stderrOf(stderr)).isFalse();
    } finally {
      // SIGKILL through the process handle: Process.destroyForcibly() would also close our end of
      // the pipe and lose the ACK lines still buffered in it.
      process.toHandle().destroyForcibly();
      process.waitFor();
    }
    reader.join(TimeUnit.SECONDS.toMillis(30));
    // A line cut by the kill is incomplete: keep only lines with all five fields.
    List<String> complete = new ArrayList<>();
    for (String ack : acks) {
      if (ack.split(" ").length == 5) {
        complete.add(ack);
      }
    }
    return complete;
  }

  private static String stderrOf(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "(none)";
  }
}
