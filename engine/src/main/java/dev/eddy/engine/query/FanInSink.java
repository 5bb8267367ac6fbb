package dev.eddy.engine.query;

import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the tasks of a query over several partitions write one sink: it completes the shared
 * sink when the last task completes, and wakes every waiting task when it becomes writable
 * (the shared sink keeps only one callback).
 */
final class FanInSink {

  private final Sink shared;
  private final List<Runnable> waiting = new ArrayList<>();
  private int openWriters;

  FanInSink(Sink shared, int writers) {
    this.shared = shared;
    this.openWriters = writers;
  }

  /** The view one task writes to. */
  Sink writer() {
    return new Sink() {
      private boolean done;

      @Override public void write(RowBatch batch) {
        shared.write(batch);
      }

      @Override public boolean isWritable() {
        return shared.isWritable();
      }

      @Override public void whenWritable(Runnable callback) {
        synchronized (FanInSink.this) {
          waiting.add(callback);
        }
        shared.whenWritable(FanInSink.this::wakeAll);
      }

      @Override public void complete() {
        boolean last;
        synchronized (FanInSink.this) {
          if (done) {
            return;
          }
          done = true;
          last = --openWriters == 0;
        }
        if (last) {
          shared.complete();
        }
      }

      @Override public void fail(Throwable error) {
        shared.fail(error);
      }

      @Override public void close() {
        // The shared sink belongs to the query's cursor, which closes it.
      }
    };
  }

  private void wakeAll() {
    List<Runnable> callbacks;
    synchronized (this) {
      callbacks = new ArrayList<>(waiting);
      waiting.clear();
    }
    callbacks.forEach(Runnable::run);
  }
}
