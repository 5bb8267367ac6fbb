package dev.eddy.log;

import static dev.eddy.log.TestRecords.readAll;
import static dev.eddy.log.TestRecords.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damages segment files the way a crash or a bad disk would, and checks what reopening keeps. */
class TornWriteTest {

  private static final TopicConfig CONFIG = TopicConfig.builder().segmentBytes(1 << 20).build();

  @TempDir
  Path dir;

  @Test
  void tornTailIsCutAtTheFirstBadBatchAndAppendsContinue() throws IOException {
    Path partitionDir = dir.resolve("topics/t/0");
    Path segment = LogFileNames.logFile(partitionDir, 0);
    List<Long> batchEnds = new ArrayList<>();
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("t", CONFIG);
      PartitionLog log = store.topic("t").partition(0);
      for (int b = 0; b < 10; b++) {
        log.append(records(b * 5L, 5, 100));
        batchEnds.add(Files.size(segment));
      }
    }
    simulateCrash();
    long cut = batchEnds.get(7) + (batchEnds.get(8) - batchEnds.get(7)) / 2;
    Random random = new Random(42);
    try (RandomAccessFile raf = new RandomAccessFile(segment.toFile(), "rw")) {
      raf.setLength(cut);
      byte[] garbage = new byte[(int) (cut - batchEnds.get(7) - 10) + 300];
      random.nextBytes(garbage);
      raf.seek(batchEnds.get(7) + 10);
      raf.write(garbage);
    }

    try (FileLogStore store = FileLogStore.open(dir)) {
      PartitionLog log = store.topic("t").partition(0);
      assertThat(Files.size(segment)).isEqualTo(batchEnds.get(7));
      assertThat(log.endOffset()).isEqualTo(40);
      List<LogRecord> survivors = readAll(log, 0);
      assertThat(survivors).extracting(LogRecord::offset).containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
      assertThat(survivors).extracting(LogRecord::toRecord).containsExactlyElementsOf(records(0, 40, 100));

      assertThat(log.append(records(1000, 3, 100))).isEqualTo(new AppendResult(40, 42));
      assertThat(readAll(log, 40)).extracting(LogRecord::toRecord).containsExactlyElementsOf(records(1000, 3, 100));
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(readAll(store.topic("t").partition(0), 0)).hasSize(43);
    }
  }

  @Test
  void crcMismatchMetByAReaderNamesFilePositionAndBothCrcs() throws IOException {
    Path segment = LogFileNames.logFile(dir.resolve("topics/t/0"), 0);
    long secondBatch;
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("t", CONFIG);
      PartitionLog log = store.topic("t").partition(0);
      log.append(records(0, 5, 100));
      secondBatch = Files.size(segment);
      log.append(records(5, 5, 100));
    }
    // After a clean shutdown nothing is re-validated, so the damage reaches the reader.
    try (RandomAccessFile raf = new RandomAccessFile(segment.toFile(), "rw")) {
      raf.seek(secondBatch + 100);
      int b = raf.read();
      raf.seek(secondBatch + 100);
      raf.write(b ^ 0x40);
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      PartitionLog log = store.topic("t").partition(0);
      assertThat(log.read(0, 1).records()).hasSize(5);
      assertThatThrownBy(() -> log.read(5, 1 << 20))
          .isInstanceOf(CorruptRecordException.class)
          .hasMessageMatching("CRC mismatch in batch at position " + secondBatch + " of .*00000000000000000000\\.log: "
              + "stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8} \\(length \\d+\\)");
    }
  }

  @Test
  void truncationInAnEarlierSegmentDropsEveryLaterSegment() throws IOException {
    Path partitionDir = dir.resolve("topics/t/0");
    TopicConfig small = TopicConfig.builder().segmentBytes(4096).build();
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("t", small);
      PartitionLog log = store.topic("t").partition(0);
      for (int b = 0; b < 20; b++) {
        log.append(records(b * 4L, 4, 200));
      }
      assertThat(store.describeTopic("t").orElseThrow().partitions().get(0).segmentCount()).isGreaterThan(3);
    }
    simulateCrash();
    // Pretend nothing was ever checkpointed, then damage the first batch of the second segment.
    Files.delete(partitionDir.resolve(RecoveryPointFile.FILE_NAME));
    List<Path> logs;
    try (var files = Files.list(partitionDir)) {
      logs = files.filter(p -> p.toString().endsWith(".log")).sorted().toList();
    }
    Path second = logs.get(1);
    long secondBase = LogFileNames.baseOffsetOfLogFile(second.getFileName().toString()).orElseThrow();
    try (RandomAccessFile raf = new RandomAccessFile(second.toFile(), "rw")) {
      raf.seek(60);
      raf.write(new byte[] {1, 2, 3, 4});
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      PartitionLog log = store.topic("t").partition(0);
      assertThat(log.endOffset()).isEqualTo(secondBase);
      assertThat(readAll(log, 0)).extracting(LogRecord::toRecord).containsExactlyElementsOf(records(0, (int) secondBase, 200));
      assertThat(store.describeTopic("t").orElseThrow().partitions().get(0).segmentCount()).isEqualTo(2);
      assertThat(log.append(records(5000, 1, 10)).firstOffset()).isEqualTo(secondBase);
    }
  }

  @Test
  void onlySegmentsAfterTheRecoveryPointAreRevalidated() throws IOException {
    Path partitionDir = dir.resolve("topics/t/0");
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("t", TopicConfig.builder().segmentBytes(4096).build());
      PartitionLog log = store.topic("t").partition(0);
      for (int b = 0; b < 12; b++) {
        log.append(records(b * 4L, 4, 200));
      }
    }
    simulateCrash();
    assertThat(RecoveryPointFile.read(partitionDir)).isEqualTo(48);
    // Damage the first segment, which lies wholly before the recovery point: it is trusted, so the
    // damage is not "repaired" by truncation but reported to the reader that meets it.
    Path first = LogFileNames.logFile(partitionDir, 0);
    long size = Files.size(first);
    try (RandomAccessFile raf = new RandomAccessFile(first.toFile(), "rw")) {
      raf.seek(size - 5);
      raf.write(new byte[] {9, 9, 9});
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      PartitionLog log = store.topic("t").partition(0);
      assertThat(log.endOffset()).isEqualTo(48);
      assertThat(Files.size(first)).isEqualTo(size);
      assertThatThrownBy(() -> readAll(log, 0)).isInstanceOf(CorruptRecordException.class)
          .hasMessageContaining("CRC mismatch").hasMessageContaining(first.toString());
    }
  }

  /** Removes the clean-shutdown marker, so the next open recovers as after a crash. */
  private void simulateCrash() throws IOException {
    Files.delete(dir.resolve(FileLogStore.CLEAN_SHUTDOWN_MARKER));
  }
}
