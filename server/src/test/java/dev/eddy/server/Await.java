package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what other threads bring about: a condition, checked until a deadline. */
final class Await {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private Await() {}

  static void until(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within " + DEADLINE.toSeconds() + " s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
