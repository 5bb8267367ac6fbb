package dev.eddy.log;

import static dev.eddy.log.TestRecords.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock(10_000_000);

  private FileLogStore open() {
    return FileLogStore.open(dir, LogStoreOptions.builder().clock(clock).fileDeleteDelayMs(0).maintenanceIntervalMs(3_600_000).build());
  }

  /** Appends 10 segments of 10 one-record batches, segment s holding offsets 10s..10s+9 with timestamps 1000*s. */
  private static void fillTenSegments(FilePartitionLog log) {
    for (int s = 0; s < 10; s++) {
      for (int i = 0; i < 10; i++) {
        long n = s * 10L + i;
        log.append(List.of(new Record(TestRecords.bytes("k" + n), TestRecords.value(n, 100), 1000L * s)));
      }
      log.rollIfNotEmpty();
    }
  }

  private static List<Long> segmentBases(FilePartitionLog log) {
    List<Long> bases = new ArrayList<>();
    log.segments().all().forEach(s -> bases.add(s.baseOffset()));
    return bases;
  }

  @Test
  void deletesSegmentsWhoseNewestRecordIsOlderThanRetentionMs() {
    try (FileLogStore store = open()) {
      store.createTopic("r", TopicConfig.builder().retentionMs(5_000).build());
      FilePartitionLog log = (FilePartitionLog) store.topic("r").partition(0);
      fillTenSegments(log);
      // now - retention = 5000: segments with max timestamp < 5000 (s = 0..4) go.
      clock.advance(10_000 - clock.millis());
      store.runMaintenanceNow();
      assertThat(log.earliestOffset()).isEqualTo(50);
      assertThat(segmentBases(log)).containsExactly(50L, 60L, 70L, 80L, 90L, 100L);
      assertThat(readAll(log, 0).get(0).offset()).isEqualTo(50);
      assertThat(log.read(0, 100).records().get(0).offset()).isEqualTo(50);

      // Everything expired: all closed segments go, the (empty) active segment stays.
      clock.advance(1_000_000);
      store.runMaintenanceNow();
      assertThat(segmentBases(log)).containsExactly(100L);
      assertThat(log.earliestOffset()).isEqualTo(100);
      assertThat(log.endOffset()).isEqualTo(100);
      assertThat(log.append(List.of(new Record(null, new byte[1], 0))).firstOffset()).isEqualTo(100);
    }
    try (FileLogStore store = open()) {
      PartitionLog log = store.topic("r").partition(0);
      assertThat(log.earliestOffset()).isEqualTo(100);
      assertThat(log.endOffset()).isEqualTo(101);
    }
  }

  @Test
  void deletesOldestSegmentsWhileOverRetentionBytes() {
    try (FileLogStore store = open()) {
      store.createTopic("r", TopicConfig.builder().retentionMs(-1).retentionBytes(4600).build());
      FilePartitionLog log = (FilePartitionLog) store.topic("r").partition(0);
      fillTenSegments(log);
      long segmentSize = log.segments().first().sizeInBytes();
      assertThat(segmentSize).isBetween(1534L, 1600L);
      store.runMaintenanceNow();
      // Deletes the oldest segment while what remains without it still holds >= retention.bytes.
      List<Long> bases = segmentBases(log);
      long kept = log.segments().sizeInBytes();
      assertThat(kept).isGreaterThanOrEqualTo(4600);
      assertThat(kept - log.segments().first().sizeInBytes()).isLessThan(4600);
      assertThat(bases).containsExactly(70L, 80L, 90L, 100L);
    }
  }

  @Test
  void neverDeletesTheActiveSegment() {
    try (FileLogStore store = open()) {
      store.createTopic("r", TopicConfig.builder().retentionMs(0).retentionBytes(0).build());
      FilePartitionLog log = (FilePartitionLog) store.topic("r").partition(0);
      log.append(TestRecords.records(0, 5, 100));
      clock.advance(100_000_000);
      store.runMaintenanceNow();
      assertThat(segmentBases(log)).containsExactly(0L);
      assertThat(readAll(log, 0)).hasSize(5);
    }
  }
}
