package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several appenders and several long-polling readers on one partition: every reader sees every
 * record exactly once, in offset order, each appender's records in its own order, and never a
 * partial batch.
 */
class ConcurrentAppendReadTest {

  private static final int APPENDERS = 4;
  private static final int READERS = 3;
  private static final int BATCHES_PER_APPENDER = 300;

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(FlushPolicy.class)
  void everyReaderSeesEveryRecordOnceInOrder(FlushPolicy policy) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(APPENDERS + READERS);
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("c", TopicConfig.builder().segmentBytes(32 << 10).flushPolicy(policy).flushIntervalMs(5).build());
      PartitionLog log = store.topic("c").partition(0);
      Random sizes = new Random(7);
      int[][] batchSizes = new int[APPENDERS][BATCHES_PER_APPENDER];
      int total = 0;
      for (int[] row : batchSizes) {
        for (int b = 0; b < row.length; b++) {
          row[b] = 1 + sizes.nextInt(8);
          total += row[b];
        }
      }
      int expected = total;
      List<Future<List<LogRecord>>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(readUntil(log, expected)));
      }
      List<Future<?>> appenders = new ArrayList<>();
      for (int a = 0; a < APPENDERS; a++) {
        int appender = a;
        appenders.add(pool.submit(() -> {
          long seq = 0;
          for (int size : batchSizes[appender]) {
            List<Record> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++, seq++) {
              // The batch index rides in the header so readers can check batches arrive whole.
              batch.add(new Record(TestRecords.bytes(appender + "-" + seq), TestRecords.value(seq, 50), seq,
                  List.of(new Header("batch-size", new byte[] {(byte) size}), new Header("pos", new byte[] {(byte) i}))));
            }
            log.append(batch);
          }
          return null;
        }));
      }
      for (Future<?> f : appenders) {
        f.get(60, TimeUnit.SECONDS);
      }
      for (Future<List<LogRecord>> f : readers) {
        List<LogRecord> seen = f.get(60, TimeUnit.SECONDS);
        assertThat(seen).hasSize(expected);
        Map<String, Long> lastSeqByAppender = new HashMap<>();
        for (int i = 0; i < seen.size(); i++) {
          LogRecord r = seen.get(i);
          assertThat(r.offset()).isEqualTo(i);
          String[] key = TestRecords.string(r.key()).split("-");
          long seq = Long.parseLong(key[1]);
          assertThat(lastSeqByAppender.getOrDefault(key[0], -1L)).isEqualTo(seq - 1);
          lastSeqByAppender.put(key[0], seq);
          assertThat(r.value()).isEqualTo(TestRecords.value(seq, 50));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Long-polls from offset 0 until {@code expected} records are seen; checks each fetch holds whole batches. */
  private static Callable<List<LogRecord>> readUntil(PartitionLog log, int expected) {
    return () -> {
      List<LogRecord> seen = new ArrayList<>(expected);
      long next = 0;
      while (seen.size() < expected) {
        FetchResult fetched = log.read(next, 4096, 10_000);
        List<LogRecord> records = fetched.records();
        // Starting at a batch boundary, a fetch must hold only whole batches.
        for (int i = 0; i < records.size(); ) {
          LogRecord first = records.get(i);
          int size = first.headers().get(0).value()[0];
          assertThat(first.headers().get(1).value()[0]).isZero();
          assertThat(records.size() - i).as("fetch ends with a whole batch").isGreaterThanOrEqualTo(size);
          i += size;
        }
        seen.addAll(records);
        next = fetched.nextOffset();
      }
      return seen;
    };
  }
}
