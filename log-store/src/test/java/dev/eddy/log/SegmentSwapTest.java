package dev.eddy.log;

import static dev.eddy.log.LogFileNames.SWAP_SUFFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compaction swap interrupted at each step: reopening leaves either the old or the new segment, whole. */
class SegmentSwapTest {

  private static final TopicConfig CONFIG = TopicConfig.builder().cleanupPolicy(CleanupPolicy.COMPACT).build();

  @TempDir
  Path dir;

  private Path cleaned;
  private final RecordBatchEncoder encoder = new RecordBatchEncoder();

  @BeforeEach
  void writeOriginalAndCopy() {
    cleaned = dir.resolve(LogLoader.CLEANER_DIR);
    DurableFiles.createDirectories(cleaned);
    // Original: offsets 0..9 in one segment, then an active segment at 10. Copy: only offsets 5 and 9.
    LogSegment original = LogSegment.create(dir, 0, CONFIG.segmentBytes(), 0);
    append(original, 0, TestRecords.records(0, 10, 10), null);
    original.seal(true);
    original.close();
    LogSegment active = LogSegment.create(dir, 10, CONFIG.segmentBytes(), 0);
    active.close();
    LogSegment copy = LogSegment.create(cleaned, 0, CONFIG.segmentBytes(), 0);
    append(copy, 5, List.of(TestRecords.record(5, 10), TestRecords.record(9, 10)), new int[] {0, 4});
    copy.seal(true);
    copy.close();
    RecoveryPointFile.write(dir, 10);
  }

  private void append(LogSegment segment, long base, List<Record> records, int[] deltas) {
    encoder.prepare(records, deltas);
    ByteBuffer batch = encoder.encode(base);
    long last = base + (deltas == null ? records.size() - 1 : deltas[deltas.length - 1]);
    segment.append(batch, base, last, encoder.preparedMaxTimestamp());
  }

  private List<Long> offsetsAfterLoad() {
    LogLoader.LoadedLog loaded = LogLoader.load(dir, CONFIG, false, 0);
    List<Long> offsets = new ArrayList<>();
    for (LogSegment s : loaded.segments().all()) {
      s.forEachBatch(0, s.sizeInBytes(), (batch, position) -> {
        batch.ensureValid();
        batch.records().forEach(r -> offsets.add(r.offset()));
        return true;
      });
      s.close();
    }
    return offsets;
  }

  private void moveToSwap(String suffix) throws IOException {
    Files.move(cleaned.resolve("00000000000000000000" + suffix), dir.resolve("00000000000000000000" + suffix + SWAP_SUFFIX));
  }

  @Test
  void indexSwapsWithoutALogSwapAreDiscarded() throws IOException {
    moveToSwap(LogFileNames.INDEX_SUFFIX);
    moveToSwap(LogFileNames.TIME_INDEX_SUFFIX);
    assertThat(offsetsAfterLoad()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(swapFiles()).isEmpty();
    assertThat(Files.exists(cleaned)).isFalse();
  }

  @Test
  void aCommittedSwapIsCompletedOnOpen() throws IOException {
    moveToSwap(LogFileNames.INDEX_SUFFIX);
    moveToSwap(LogFileNames.TIME_INDEX_SUFFIX);
    moveToSwap(LogFileNames.LOG_SUFFIX);
    // Crash after the first replacement rename.
    Files.move(dir.resolve("00000000000000000000.index" + SWAP_SUFFIX), dir.resolve("00000000000000000000.index"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(offsetsAfterLoad()).containsExactly(5L, 9L);
    assertThat(swapFiles()).isEmpty();
  }

  @Test
  void aFullSwapReplacesTheSegment() {
    SegmentSwap.commit(dir, cleaned, 0);
    assertThat(offsetsAfterLoad()).containsExactly(5L, 9L);
  }

  private List<Path> swapFiles() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(SWAP_SUFFIX)).toList();
    }
  }
}
