package dev.eddy.bench.log;

import dev.eddy.bench.ConcurrentWriters;
import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import dev.eddy.bench.Workload;
import dev.eddy.log.AppendResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Appends the workload to a fresh Eddy store with N appender threads, appender i writing
 * partition i modulo the partition count (several appenders on one partition is the
 * group-commit case). Timed from the first append until the last one is acknowledged under the
 * flush policy. With more than one batch in flight an appender pipelines, as Kafka's producer
 * does: it keeps up to that many {@code appendAsync} calls unacknowledged, so one fsync can
 * cover several of its batches.
 */
final class EddyAppendTrial implements Trial {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final Workload workload;
  private final TopicConfig config;
  private final int appenders;
  private final int inFlight;
  private volatile long lastBytesOnDisk;

  EddyAppendTrial(ScratchDir scratch, Workload workload, TopicConfig config, int appenders) {
    this(scratch, workload, config, appenders, 1);
  }

  /** @param inFlight batches an appender may have unacknowledged; 1 appends synchronously */
  EddyAppendTrial(ScratchDir scratch, Workload workload, TopicConfig config, int appenders, int inFlight) {
    this.scratch = scratch;
    this.workload = workload;
    this.config = config;
    this.appenders = appenders;
    this.inFlight = inFlight;
  }

  /** Bytes the latest run left in the store's directory, framing and indexes included. */
  long lastBytesOnDisk() {
    return lastBytesOnDisk;
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path dir = scratch.newDirectory("eddy-append-" + RUNS.incrementAndGet());
    List<List<List<Record>>> batchesPerAppender = new ArrayList<>();
    for (int a = 0; a < appenders; a++) {
      batchesPerAppender.add(EddyBatches.of(workload, workload.slice(records, a, appenders)));
    }
    CpuMeter.Timing timing;
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("bench", config);
      TopicLog topic = store.topic("bench");
      timing =
          ConcurrentWriters.run(
              appenders,
              CpuMeter.thisJvm(),
              a -> {
                PartitionLog partition = topic.partition(a % config.partitions());
                if (inFlight == 1) {
                  for (List<Record> batch : batchesPerAppender.get(a)) {
                    partition.append(batch);
                  }
                  return;
                }
                ArrayDeque<CompletableFuture<AppendResult>> pending = new ArrayDeque<>();
                for (List<Record> batch : batchesPerAppender.get(a)) {
                  if (pending.size() == inFlight) {
                    pending.poll().join();
                  }
                  pending.add(partition.appendAsync(batch));
                }
                pending.forEach(CompletableFuture::join);
              });
    }
    lastBytesOnDisk = sizeOf(dir);
    ScratchDir.delete(dir);
    return new Throughput(records, workload.payloadBytes(records), timing);
  }

  private static long sizeOf(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
