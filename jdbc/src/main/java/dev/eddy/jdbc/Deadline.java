package dev.eddy.jdbc;

/** When a statement's query timeout passes, measured from the start of its execution. */
record Deadline(int seconds, long atNanos) {

  /** The deadline {@code seconds} from now, or null for none (JDBC's timeout 0). */
  static Deadline afterSeconds(int seconds) {
    return seconds <= 0 ? null : new Deadline(seconds, System.nanoTime() + seconds * 1_000_000_000L);
  }

  /** Nanoseconds left, never negative. */
  long remainingNanos() {
    return Math.max(0, atNanos - System.nanoTime());
  }
}
