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
 * ({@code force(false)}) at the end, or one after every N chunks. After every chunk is what a
 * single appender under flush.policy=every-batch cannot beat; after every 8 chunks is the disk
 * doing what 8 synchronous appenders sharing each fdatasync at best ask of it (each of them has
 * at most one batch waiting). The clock includes the fdatasyncs.
 */
final class DiskWriteTrial implements Trial {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final Workload workload;
  private final ByteBuffer chunk;
  private final int chunksPerSync;

  /** @param chunksPerSync chunks written between two fdatasyncs; 0 syncs once, at the end */
  DiskWriteTrial(ScratchDir scratch, Workload workload, int chunksPerSync) {
    this.scratch = scratch;
    this.workload = workload;
    this.chunksPerSync = chunksPerSync;
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
      long chunks = 0;
      while (written < total) {
        ByteBuffer slice = chunk.duplicate().limit((int) Math.min(chunk.capacity(), total - written));
        while (slice.hasRemaining()) {
          written += channel.write(slice);
        }
        chunks++;
        if (chunksPerSync > 0 && chunks % chunksPerSync == 0) {
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
