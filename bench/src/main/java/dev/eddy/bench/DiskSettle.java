package dev.eddy.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Between runs, asks the kernel to write back every dirty page ({@code sync}), untimed. Without
 * it a run that only reached the page cache leaves gigabytes of writeback behind that the next
 * run, of whichever system, would pay for.
 */
public final class DiskSettle implements Runnable {

  @Override
  public void run() {
    try {
      Process sync = new ProcessBuilder("sync").inheritIO().start();
      if (!sync.waitFor(2, TimeUnit.MINUTES)) {
        sync.destroyForcibly();
        throw new IllegalStateException("sync did not finish in 2 minutes");
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not run sync", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for sync", e);
    }
  }
}
