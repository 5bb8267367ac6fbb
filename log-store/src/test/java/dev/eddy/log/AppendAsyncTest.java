package dev.eddy.log;

import static dev.eddy.log.TestRecords.readAll;
import static dev.eddy.log.TestRecords.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PartitionLog#appendAsync} on the file log; the group-commit mechanics are in {@link GroupCommitTest}. */
class AppendAsyncTest {

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

  private FilePartitionLog create(FlushPolicy policy) {
    store.createTopic("a", TopicConfig.builder().flushPolicy(policy).build());
    return (FilePartitionLog) store.topic("a").partition(0);
  }

  @Test
  void pipelinedBatchesGetOffsetsInCallOrderAndCompleteInOffsetOrder() throws Exception {
    FilePartitionLog log = create(FlushPolicy.EVERY_BATCH);
    List<Long> completionOrder = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
    List<Record> appended = new ArrayList<>();
    for (int b = 0; b < 50; b++) {
      List<Record> batch = records(b * 3L, 3, 30);
      appended.addAll(batch);
      CompletableFuture<AppendResult> f = log.appendAsync(batch);
      f.thenAccept(r -> completionOrder.add(r.firstOffset()));
      futures.add(f);
    }
    for (int b = 0; b < 50; b++) {
      AppendResult r = futures.get(b).get(30, TimeUnit.SECONDS);
      assertThat(r).isEqualTo(new AppendResult(b * 3L, b * 3L + 2));
    }
    assertThat(completionOrder).isSorted().hasSize(50);
    assertThat(readAll(log, 0)).extracting(LogRecord::toRecord).containsExactlyElementsOf(appended);
  }

  @Test
  void aFutureCompletesOnlyOnceItsBatchIsDurableAndVisible() throws Exception {
    FilePartitionLog log = create(FlushPolicy.EVERY_BATCH);
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<?>> done = new ArrayList<>();
    for (int b = 0; b < 40; b++) {
      done.add(log.appendAsync(records(b * 5L, 5, 50)).thenAccept(r -> {
        if (log.recoveryPoint() <= r.lastOffset()) {
          violations.add("batch ending at " + r.lastOffset() + " completed with durable end " + log.recoveryPoint());
        }
        if (log.endOffset() <= r.lastOffset()) {
          violations.add("batch ending at " + r.lastOffset() + " completed but visible end is " + log.endOffset());
        }
      }));
    }
    CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(violations).isEmpty();
    assertThat(log.endOffset()).isEqualTo(200);
  }

  @Test
  void synchronousAndPipelinedAppendsInterleaveInCallOrder() throws Exception {
    FilePartitionLog log = create(FlushPolicy.EVERY_BATCH);
    CompletableFuture<AppendResult> first = log.appendAsync(records(0, 2, 10));
    AppendResult second = log.append(records(2, 2, 10));
    CompletableFuture<AppendResult> third = log.appendAsync(records(4, 2, 10));
    // The synchronous append returned durable, and durability is a prefix.
    assertThat(first.isDone()).isTrue();
    assertThat(first.get()).isEqualTo(new AppendResult(0, 1));
    assertThat(second).isEqualTo(new AppendResult(2, 3));
    assertThat(third.get(30, TimeUnit.SECONDS)).isEqualTo(new AppendResult(4, 5));
    assertThat(readAll(log, 0)).extracting(LogRecord::offset).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void withoutEveryBatchTheFutureIsCompleteOnReturnAndTheBatchVisible() {
    FilePartitionLog log = create(FlushPolicy.OS);
    CompletableFuture<AppendResult> f = log.appendAsync(records(0, 4, 10));
    assertThat(f).isCompletedWithValue(new AppendResult(0, 3));
    assertThat(log.endOffset()).isEqualTo(4);
  }

  @Test
  void errorsBeforeTheWriteAreThrownAtOnce() {
    FilePartitionLog log = create(FlushPolicy.EVERY_BATCH);
    assertThatThrownBy(() -> log.appendAsync(List.of())).isInstanceOf(IllegalArgumentException.class);
    log.close();
    assertThatThrownBy(() -> log.appendAsync(records(0, 1, 10))).isInstanceOf(LogClosedException.class);
  }

  @Test
  void aCleanShutdownCompletesPendingFuturesNormally() throws Exception {
    FilePartitionLog log = create(FlushPolicy.EVERY_BATCH);
    List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
    for (int b = 0; b < 20; b++) {
      futures.add(log.appendAsync(records(b, 1, 10)));
    }
    store.close();
    for (CompletableFuture<AppendResult> f : futures) {
      assertThat(f.get(30, TimeUnit.SECONDS)).isNotNull();
    }
    store = FileLogStore.open(dir);
    assertThat(store.topic("a").partition(0).endOffset()).isEqualTo(20);
  }
}
