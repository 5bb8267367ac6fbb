package dev.eddy.bench.nexmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands the generated events to Flink's sources. Flink ships a source's functions to its tasks
 * serialized; the mini-cluster runs them in this JVM, so the functions find the events here
 * rather than carrying ten million of them in the job graph.
 */
final class MemoryEvents {

  private static volatile NexmarkEvents events;
  /** {@link System#nanoTime()} when the first source reader of the current job opened, 0 before. */
  private static final AtomicLong FIRST_READ = new AtomicLong();

  private MemoryEvents() {}

  static void set(NexmarkEvents current) {
    events = current;
    FIRST_READ.set(0);
  }

  static NexmarkEvents get() {
    NexmarkEvents current = events;
    if (current == null) {
      throw new IllegalStateException("no events handed to Flink's sources");
    }
    return current;
  }

  static void readerOpened() {
    FIRST_READ.compareAndSet(0, System.nanoTime());
  }

  static long firstReadNanos() {
    return FIRST_READ.get();
  }
}
