package dev.eddy.log;

import static dev.eddy.log.TestRecords.bytes;
import static dev.eddy.log.TestRecords.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

  private static final long DAY = 86_400_000L;

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock(100 * DAY);

  private FileLogStore open() {
    return FileLogStore.open(dir, LogStoreOptions.builder().clock(clock).fileDeleteDelayMs(0).maintenanceIntervalMs(3_600_000).build());
  }

  private Record put(String key, String value) {
    return new Record(bytes(key), value == null ? null : bytes(value), clock.millis());
  }

  private static List<String> describe(List<LogRecord> records) {
    List<String> out = new ArrayList<>();
    for (LogRecord r : records) {
      out.add(r.offset() + ":" + TestRecords.string(r.key()) + "=" + TestRecords.string(r.value()));
    }
    return out;
  }

  @Test
  void keepsTheLastValuePerKeyWithOffsetsAndDropsTombstonesAfterTheDelay() {
    try (FileLogStore store = open()) {
      store.createTopic("c", TopicConfig.builder().cleanupPolicy(CleanupPolicy.COMPACT).deleteRetentionMs(DAY).build());
      FilePartitionLog log = (FilePartitionLog) store.topic("c").partition(0);
      log.append(List.of(put("a", "1"), put("b", "1"), put("c", "1")));
      log.rollIfNotEmpty();
      log.append(List.of(put("a", "2"), put("d", "1")));
      log.append(List.of(put("b", null)));
      log.rollIfNotEmpty();
      log.append(List.of(put("c", "2")));
      log.rollIfNotEmpty();
      log.append(List.of(put("a", "3")));

      store.runMaintenanceNow();
      assertThat(describe(readAll(log, 0))).containsExactly("4:d=1", "5:b=null", "6:c=2", "7:a=3");
      assertThat(log.earliestOffset()).isZero();
      assertThat(log.endOffset()).isEqualTo(8);
      // Reads skip gaps: from an offset that was compacted away, the next survivor.
      FetchResult fromGap = log.read(1, 1);
      assertThat(describe(fromGap.records())).containsExactly("4:d=1");
      assertThat(fromGap.nextOffset()).isEqualTo(5);

      clock.advance(DAY + 1);
      store.runMaintenanceNow();
      assertThat(describe(readAll(log, 0))).containsExactly("4:d=1", "6:c=2", "7:a=3");
      assertThat(log.append(List.of(put("e", "1"))).firstOffset()).isEqualTo(8);
    }
    try (FileLogStore store = open()) {
      PartitionLog log = store.topic("c").partition(0);
      assertThat(describe(readAll(log, 0))).containsExactly("4:d=1", "6:c=2", "7:a=3", "8:e=1");
    }
  }

  @Test
  void leavesNoCleanerFilesBehindAndLeavesCleanSegmentsAlone() throws Exception {
    try (FileLogStore store = open()) {
      store.createTopic("c", TopicConfig.builder().cleanupPolicy(CleanupPolicy.COMPACT).build());
      FilePartitionLog log = (FilePartitionLog) store.topic("c").partition(0);
      log.append(List.of(put("a", "1"), put("b", "1")));
      log.rollIfNotEmpty();
      log.append(List.of(put("c", "1")));
      LogSegment before = log.segments().first();
      store.runMaintenanceNow();
      assertThat(log.segments().first()).isSameAs(before);
      try (var files = Files.list(dir.resolve("topics/c/0"))) {
        assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(RecoveryPointFile.FILE_NAME))
            .sorted().toList()).containsExactly(
            "00000000000000000000.index", "00000000000000000000.log", "00000000000000000000.timeindex",
            "00000000000000000002.index", "00000000000000000002.log", "00000000000000000002.timeindex");
      }
    }
  }

  @Test
  void compactsWhileAppendsAndReadsContinue() throws Exception {
    try (FileLogStore store = open()) {
      store.createTopic("c", TopicConfig.builder().cleanupPolicy(CleanupPolicy.COMPACT).segmentBytes(4096)
          .flushPolicy(FlushPolicy.OS).build());
      PartitionLog log = store.topic("c").partition(0);
      AtomicBoolean stop = new AtomicBoolean();
      Map<String, String> expected = new HashMap<>();
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        for (int i = 0; i < 3000 && !stop.get(); i++) {
          String key = "k" + (i % 50);
          String value = "v" + i;
          log.append(List.of(put(key, value)));
          synchronized (expected) {
            expected.put(key, value);
          }
        }
      });
      // A tailing reader (long-polls when caught up) must see increasing offsets through every swap.
      CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> {
        long next = 0;
        long previous = -1;
        while (next < 3000) {
          FetchResult r;
          try {
            r = log.read(next, 1 << 12, 10_000);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          for (LogRecord rec : r.records()) {
            assertThat(rec.offset()).isGreaterThan(previous);
            previous = rec.offset();
          }
          next = r.nextOffset();
        }
        return previous;
      });
      for (int i = 0; i < 5; i++) {
        store.runMaintenanceNow();
      }
      writer.get(60, TimeUnit.SECONDS);
      assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(2999);
      store.runMaintenanceNow();
      Map<String, String> seen = new HashMap<>();
      for (LogRecord r : readAll(log, 0)) {
        seen.put(TestRecords.string(r.key()), TestRecords.string(r.value()));
      }
      assertThat(seen).isEqualTo(expected);
      assertThat(log.endOffset()).isEqualTo(3000);
    }
  }
}
