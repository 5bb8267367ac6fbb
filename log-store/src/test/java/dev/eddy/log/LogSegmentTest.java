package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSegmentTest {

  private static final int SEGMENT_BYTES = 1 << 20;

  @TempDir
  Path dir;

  private final RecordBatchEncoder encoder = new RecordBatchEncoder();

  /** Appends {@code batches} batches of {@code perBatch} records from offset {@code base}; returns each batch's start position. */
  private List<Long> fill(LogSegment segment, long base, int batches, int perBatch, int valueSize) {
    List<Long> positions = new ArrayList<>();
    long offset = base;
    for (int b = 0; b < batches; b++) {
      positions.add(segment.sizeInBytes());
      encoder.prepare(TestRecords.records(offset, perBatch, valueSize), null);
      ByteBuffer batch = encoder.encode(offset);
      segment.append(batch, offset, offset + perBatch - 1, encoder.preparedMaxTimestamp());
      offset += perBatch;
    }
    return positions;
  }

  private static List<Long> offsetsIn(LogSegment segment) {
    List<Long> offsets = new ArrayList<>();
    segment.forEachBatch(0, segment.sizeInBytes(), (batch, position) -> {
      batch.ensureValid();
      batch.records().forEach(r -> offsets.add(r.offset()));
      return true;
    });
    return offsets;
  }

  @Test
  void appendsIndexAndFindsBatchPositions() {
    LogSegment segment = LogSegment.create(dir, 100, SEGMENT_BYTES, 0);
    List<Long> positions = fill(segment, 100, 200, 2, 100);
    assertThat(segment.nextOffset()).isEqualTo(500);
    assertThat(segment.maxTimestamp()).isEqualTo(1000 + 499);
    for (int b = 0; b < 200; b++) {
      long first = 100 + 2L * b;
      assertThat(segment.positionOf(first, segment.sizeInBytes())).isEqualTo(positions.get(b));
      assertThat(segment.positionOf(first + 1, segment.sizeInBytes())).isEqualTo(positions.get(b));
    }
    assertThat(segment.positionOf(500, segment.sizeInBytes())).isEqualTo(-1);
    // A limit hides later batches.
    assertThat(segment.positionOf(300, positions.get(50))).isEqualTo(-1);
  }

  @Test
  void readBatchesReturnsWholeBatchesAndAtLeastOne() {
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    List<Long> positions = fill(segment, 0, 10, 5, 100);
    ByteBuffer one = segment.readBatches(0, 1, segment.sizeInBytes());
    assertThat((long) one.remaining()).isEqualTo(positions.get(1));
    long twoBatches = positions.get(5) - positions.get(3);
    ByteBuffer twoAndABit = segment.readBatches(positions.get(3), (int) twoBatches + 10, segment.sizeInBytes());
    assertThat((long) twoAndABit.remaining()).isEqualTo(twoBatches);
  }

  @Test
  void reopenedSegmentKnowsItsEndAndMaxTimestamp() {
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    fill(segment, 0, 100, 3, 200);
    segment.seal(true);
    segment.close();
    LogSegment reopened = LogSegment.open(dir, 0, SEGMENT_BYTES, true, false, 0);
    assertThat(reopened.nextOffset()).isEqualTo(300);
    assertThat(reopened.maxTimestamp()).isEqualTo(1299);
    assertThat(offsetsIn(reopened)).containsExactlyElementsOf(LongStream.range(0, 300).boxed().toList());
    fill(reopened, 300, 1, 1, 10);
    assertThat(reopened.nextOffset()).isEqualTo(301);
  }

  @Test
  void missingIndexIsRebuilt() throws IOException {
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    List<Long> positions = fill(segment, 0, 100, 3, 200);
    segment.close();
    Files.delete(LogFileNames.indexFile(dir, 0));
    LogSegment reopened = LogSegment.open(dir, 0, SEGMENT_BYTES, false, false, 0);
    assertThat(Files.size(LogFileNames.indexFile(dir, 0))).isGreaterThan(0);
    assertThat(reopened.positionOf(150, reopened.sizeInBytes())).isEqualTo(positions.get(50));
  }

  @Test
  void untrimmedZeroPaddedIndexIsDetectedAndRebuilt() throws IOException {
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    List<Long> positions = fill(segment, 0, 100, 3, 200);
    segment.close();
    // As if a crash hit while the index still had its preallocated tail of zeros.
    try (RandomAccessFile raf = new RandomAccessFile(LogFileNames.indexFile(dir, 0).toFile(), "rw")) {
      raf.setLength(raf.length() + 64 * OffsetIndex.ENTRY_SIZE);
    }
    LogSegment reopened = LogSegment.open(dir, 0, SEGMENT_BYTES, false, false, 0);
    assertThat(reopened.nextOffset()).isEqualTo(300);
    assertThat(reopened.positionOf(150, reopened.sizeInBytes())).isEqualTo(positions.get(50));
    assertThat(Files.size(LogFileNames.indexFile(dir, 0)) % OffsetIndex.ENTRY_SIZE).isZero();
  }

  /** As Kafka's LogSegmentTest.testRecoveryWithCorruptMessage: garbage at a random batch, exact survivors. */
  @RepeatedTest(10)
  void recoveryTruncatesAtTheFirstCorruptBatch() throws IOException {
    Random random = new Random();
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    List<Long> positions = fill(segment, 0, 100, 2, 50);
    long size = segment.sizeInBytes();
    segment.close();
    int bad = random.nextInt(100);
    long start = positions.get(bad);
    long end = bad + 1 < 100 ? positions.get(bad + 1) : size;
    long at = start + random.nextInt((int) (end - start));
    try (RandomAccessFile raf = new RandomAccessFile(LogFileNames.logFile(dir, 0).toFile(), "rw")) {
      byte[] garbage = new byte[1 + random.nextInt(40)];
      random.nextBytes(garbage);
      garbage[0] = (byte) ~raf.readByte(); // guarantee at least one changed byte
      raf.seek(at);
      raf.write(garbage, 0, (int) Math.min(garbage.length, size - at));
    }
    LogSegment recovered = LogSegment.open(dir, 0, SEGMENT_BYTES, true, true, 0);
    assertThat(recovered.sizeInBytes()).isEqualTo(start);
    assertThat(recovered.nextOffset()).isEqualTo(2L * bad);
    assertThat(offsetsIn(recovered)).containsExactlyElementsOf(LongStream.range(0, 2L * bad).boxed().toList());
    assertThat(Files.size(LogFileNames.logFile(dir, 0))).isEqualTo(start);
  }

  @Test
  void recoveryOfAWholeSegmentKeepsEverything() {
    LogSegment segment = LogSegment.create(dir, 0, SEGMENT_BYTES, 0);
    fill(segment, 0, 50, 2, 50);
    long size = segment.sizeInBytes();
    assertThat(segment.recover()).isZero();
    assertThat(segment.sizeInBytes()).isEqualTo(size);
    assertThat(segment.nextOffset()).isEqualTo(100);
    assertThat(segment.truncatedByRecovery()).isFalse();
  }
}
