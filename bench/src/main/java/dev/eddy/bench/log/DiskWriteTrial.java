package dev.eddy.bench.log;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import dev.eddy.bench.Workload;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The disk's own sequential write bandwidth, as a yardstick for the log: the same payload byte
 * count written with a plain FileChannel in chunks of one append batch, with one fdatasync
 * ({@code force(false)}) at the end, or one after every chunk (what a single appender under
 * flush.policy=every-batch cannot beat). The clock includes the fdatasyncs.
 */
final class DiskWriteTrial implements Trial {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final Workload workload;
  private final ByteBuffer chunk;
  private final boolean syncEveryChunk;

  DiskWriteTrial(ScratchDir scratch, Workload workload, boolean syncEveryChunk) {
    this.scratch = scratch;
    this.workload = workload;
    this.syncEveryChunk = syncEveryChunk;
    byte[] random = new byte[workload.batchRecords() * workload.recordPayloadBytes()];
    new SplittableRandom(7).nextBytes(random);
    this.chunk = ByteBuffer.allocateDirect(random.length).put(random).flip();
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path file = scratch.path().resolve("disk-" + RUNS.incrementAndGet() + ".bin");
    long total = workload.payloadBytes(records);
    CpuMeter.Stopwatch stopwatch;
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      stopwatch = CpuMeter.thisJvm().start();
      long written = 0;
      while (written < total) {
        ByteBuffer slice = chunk.duplicate().limit((int) Math.min(chunk.capacity(), total - written));
        while (slice.hasRemaining()) {
          written += channel.write(slice);
        }
        if (syncEveryChunk) {
          channel.force(false);
        }
      }
      channel.force(false);
    }
    Throughput throughput = new Throughput(records, total, stopwatch.stop());
    Files.delete(file);
    return throughput;
  }
}
