package dev.eddy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs N writers that start at the same instant and times them from that instant until the
 * last one is done: wall-clock from the first append to the last acknowledgement.
 */
public final class ConcurrentWriters {

  /** One writer's whole job; it returns once everything it sent is acknowledged. */
  @FunctionalInterface
  public interface Writer {
    void write(int index) throws Exception;
  }

  private ConcurrentWriters() {}

  /** @param meter what CPU to count besides the clock (this JVM, maybe a broker too) */
  public static CpuMeter.Timing run(int writers, CpuMeter meter, Writer writer) throws Exception {
    CountDownLatch ready = new CountDownLatch(writers);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      int index = i;
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                  writer.write(index);
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                }
              },
              "bench-writer-" + i);
      threads.add(thread);
      thread.start();
    }
    ready.await();
    CpuMeter.Stopwatch stopwatch = meter.start();
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    CpuMeter.Timing elapsed = stopwatch.stop();
    if (failure.get() != null) {
      throw new IllegalStateException("a writer failed", failure.get());
    }
    return elapsed;
  }
}
