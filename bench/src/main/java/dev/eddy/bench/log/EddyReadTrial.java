package dev.eddy.bench.log;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import dev.eddy.bench.Workload;
import dev.eddy.log.FetchResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.util.List;

/**
 * Re-reads from offset 0 a partition written just before (so from the page cache), in reads
 * of {@code maxBytes}, until the run's record count has come back.
 */
final class EddyReadTrial implements Trial, AutoCloseable {

  private final FileLogStore store;
  private final PartitionLog partition;
  private final int maxBytes;

  /** Writes the whole workload once, untimed, to the partition that every run re-reads. */
  EddyReadTrial(ScratchDir scratch, Workload workload, TopicConfig config, int maxBytes) throws Exception {
    this.store = FileLogStore.open(scratch.newDirectory("eddy-read"));
    this.maxBytes = maxBytes;
    store.createTopic("bench", config);
    this.partition = store.topic("bench").partition(0);
    for (List<Record> batch : EddyBatches.of(workload, workload.slice(workload.size(), 0, 1))) {
      partition.append(batch);
    }
  }

  @Override
  public Throughput run(long records) {
    long read = 0;
    long bytes = 0;
    long offset = 0;
    CpuMeter.Stopwatch stopwatch = CpuMeter.thisJvm().start();
    while (read < records) {
      FetchResult fetch = partition.read(offset, maxBytes);
      if (fetch.records().isEmpty()) {
        throw new IllegalStateException("read at " + offset + " returned nothing; end is " + fetch.endOffset());
      }
      for (LogRecord record : fetch.records()) {
        bytes += record.key().length + record.value().length;
        read++;
      }
      offset = fetch.nextOffset();
    }
    return new Throughput(read, bytes, stopwatch.stop());
  }

  @Override
  public void close() {
    store.close();
  }
}
