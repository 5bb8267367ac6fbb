package dev.eddy.log;

import static dev.eddy.log.TestRecords.bytes;
import static dev.eddy.log.TestRecords.readAll;
import static dev.eddy.log.TestRecords.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionLogTest {

  @TempDir
  Path dir;

  private FileLogStore store;

  @BeforeEach
  void open() {
    store = FileLogStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private PartitionLog create(TopicConfig config) {
    store.createTopic("p", config);
    return store.topic("p").partition(0);
  }

  @Test
  void readStartsAtTheBatchHoldingTheOffsetAndDropsEarlierRecords() {
    PartitionLog log = create(TopicConfig.DEFAULT);
    log.append(records(0, 10, 20));
    log.append(records(10, 10, 20));
    FetchResult r = log.read(7, 1);
    assertThat(r.records()).extracting(LogRecord::offset).containsExactly(7L, 8L, 9L);
    assertThat(r.nextOffset()).isEqualTo(10);
    assertThat(r.endOffset()).isEqualTo(20);
    assertThat(log.read(7, 1 << 20).records()).hasSize(13);
    FetchResult atEnd = log.read(20, 1000);
    assertThat(atEnd.records()).isEmpty();
    assertThat(atEnd.nextOffset()).isEqualTo(20);
  }

  @Test
  void offsetsOutsideTheLogAreRefused() {
    PartitionLog log = create(TopicConfig.DEFAULT);
    log.append(records(0, 3, 20));
    assertThatThrownBy(() -> log.read(4, 100)).isInstanceOf(OffsetOutOfRangeException.class)
        .hasMessage("offset 4 is out of range for p-0: valid offsets are 0 to 3");
    assertThatThrownBy(() -> log.read(-1, 100)).isInstanceOf(OffsetOutOfRangeException.class);
    assertThatThrownBy(() -> log.append(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot append an empty batch to p-0");
  }

  @Test
  void rollsAtSegmentBytesAndReadsAcrossSegments() throws Exception {
    PartitionLog log = create(TopicConfig.builder().segmentBytes(8192).flushPolicy(FlushPolicy.OS).build());
    for (int i = 0; i < 200; i++) {
      log.append(records(i, 1, 200));
    }
    PartitionDescription d = store.describeTopic("p").orElseThrow().partitions().get(0);
    assertThat(d.segmentCount()).isGreaterThan(5);
    assertThat(readAll(log, 0)).extracting(LogRecord::toRecord).containsExactlyElementsOf(records(0, 200, 200));
    Path partitionDir = dir.resolve("topics/p/0");
    try (var files = Files.list(partitionDir)) {
      List<Path> logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
      assertThat(logs).hasSize(d.segmentCount());
      for (Path f : logs.subList(0, logs.size() - 1)) {
        assertThat(Files.size(f)).isLessThanOrEqualTo(8192);
        // One index entry per ~4 KiB of log: an 8 KiB segment has one entry (at most two).
        long indexBytes = Files.size(Path.of(f.toString().replace(".log", ".index")));
        assertThat(indexBytes).isBetween(8L, 16L);
      }
      assertThat(logs.get(0).getFileName().toString()).isEqualTo("00000000000000000000.log");
    }
  }

  @Test
  void segmentMsRollsAnAgedSegment() {
    MutableClock clock = new MutableClock(1_000_000);
    store.close();
    store = FileLogStore.open(dir, LogStoreOptions.builder().clock(clock).build());
    PartitionLog log = create(TopicConfig.builder().segmentMs(1000).build());
    log.append(records(0, 1, 10));
    log.append(records(1, 1, 10));
    clock.advance(1000);
    log.append(records(2, 1, 10));
    assertThat(store.describeTopic("p").orElseThrow().partitions().get(0).segmentCount()).isEqualTo(2);
  }

  @Test
  void longPollIsWokenByAnAppend() throws Exception {
    PartitionLog log = create(TopicConfig.DEFAULT);
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<FetchResult> fetched = CompletableFuture.supplyAsync(() -> {
      started.countDown();
      try {
        return log.read(0, 1000, 60_000);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    started.await();
    log.append(List.of(new Record(bytes("k"), bytes("v"), 5)));
    FetchResult r = fetched.get(30, TimeUnit.SECONDS);
    assertThat(r.records()).extracting(LogRecord::toRecord).containsExactly(new Record(bytes("k"), bytes("v"), 5));
  }

  @Test
  void longPollReturnsEmptyAfterTheWaitWhenNothingArrives() throws Exception {
    PartitionLog log = create(TopicConfig.DEFAULT);
    log.append(records(0, 2, 10));
    FetchResult r = log.read(2, 1000, 20);
    assertThat(r.records()).isEmpty();
    assertThat(r.nextOffset()).isEqualTo(2);
    assertThat(log.read(0, 1000, 0).records()).hasSize(2);
  }

  @Test
  void offsetForTimestampUsesTheTimeIndexAndScans() {
    PartitionLog log = create(TopicConfig.builder().segmentBytes(16 << 10).build());
    // Timestamps 1000 + 10*i, but every 7th record is 50 ms late (out of order).
    for (int b = 0; b < 100; b++) {
      List<Record> batch = new java.util.ArrayList<>();
      for (int i = b * 5; i < b * 5 + 5; i++) {
        long ts = 1000 + 10L * i - (i % 7 == 0 ? 50 : 0);
        batch.add(new Record(bytes("k" + i), TestRecords.value(i, 100), ts));
      }
      log.append(batch);
    }
    assertThat(log.offsetForTimestamp(0)).hasValue(0);
    assertThat(log.offsetForTimestamp(1000)).hasValue(1);
    assertThat(log.offsetForTimestamp(2000)).hasValue(100);
    // Record 105 (ts 2000) is late: ts 1000 + 1050 - 50 = 2000, so the first with ts >= 2001 is 101.
    assertThat(log.offsetForTimestamp(2001)).hasValue(101);
    assertThat(log.offsetForTimestamp(1000 + 10L * 499)).hasValue(499);
    assertThat(log.offsetForTimestamp(1000 + 10L * 499 + 1)).isEmpty();
  }

  @Test
  void everyBatchDataIsVisibleOnlyAfterAppendReturns() {
    PartitionLog log = create(TopicConfig.DEFAULT);
    AppendResult r = log.append(records(0, 4, 10));
    assertThat(log.endOffset()).isEqualTo(r.lastOffset() + 1);
  }

  @Test
  void intervalPolicyIsVisibleAtOnceAndFlushedByTheBackgroundFlusher() throws Exception {
    FilePartitionLog log = (FilePartitionLog) create(TopicConfig.builder().flushPolicy(FlushPolicy.INTERVAL).flushIntervalMs(20).build());
    log.append(records(0, 5, 10));
    assertThat(log.endOffset()).isEqualTo(5);
    assertThat(log.awaitFlushedInBackground(5, 30_000)).isTrue();
    assertThat(log.recoveryPoint()).isEqualTo(5);
  }

  @Test
  void osPolicyIsVisibleAtOnceAndNotFlushedUntilClose() {
    FilePartitionLog log = (FilePartitionLog) create(TopicConfig.builder().flushPolicy(FlushPolicy.OS).build());
    log.append(records(0, 5, 10));
    assertThat(log.endOffset()).isEqualTo(5);
    assertThat(log.recoveryPoint()).isZero();
    store.close();
    assertThat(RecoveryPointFile.read(dir.resolve("topics/p/0"))).isEqualTo(5);
  }

  @Test
  void aListenerForDataBeyondAnOffsetRunsOnceWhenAnAppendPassesIt() throws Exception {
    PartitionLog log = create(TopicConfig.builder().build());
    log.append(records(0, 2, 10));
    AtomicInteger early = new AtomicInteger();
    log.onDataBeyond(1, early::incrementAndGet).close();
    assertThat(early.get()).as("data at offset 1 is already visible").isEqualTo(1);

    AtomicInteger woken = new AtomicInteger();
    AtomicInteger unregistered = new AtomicInteger();
    AutoCloseable stays = log.onDataBeyond(2, woken::incrementAndGet);
    log.onDataBeyond(2, unregistered::incrementAndGet).close();
    assertThat(woken.get()).isZero();
    log.append(records(2, 1, 10));
    log.append(records(3, 1, 10));
    stays.close();

    assertThat(woken.get()).as("runs once, at the first append past offset 2").isEqualTo(1);
    assertThat(unregistered.get()).as("closed before the append").isZero();
  }
}
