package dev.eddy.engine.query;

import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.sink.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The sink of a shared push reader's tasks: copies each batch to every subscriber's queue.
 *
 * <p>It is always writable, so no subscriber can hold the tasks back; a subscriber whose queue
 * is full is cut off instead (see {@link SubscriberQueue}) and handed to {@code dropped}. Each
 * row object is made once and shared by every queue, so a subscriber costs a reference per
 * queued row. Thread-safe: the task of each source partition writes from its own thread.
 */
final class PushFanOut implements Sink {

  // Joins and leaves are rare next to writes, which then iterate without a lock.
  private final List<PushSubscription> subscribers = new CopyOnWriteArrayList<>();
  private final Consumer<PushSubscription> dropped;
  private final Consumer<Throwable> ended;

  /**
   * @param dropped told of each subscriber cut off as too slow (on a task's thread)
   * @param ended told when the tasks end: null when they completed, else why they failed
   */
  PushFanOut(Consumer<PushSubscription> dropped, Consumer<Throwable> ended) {
    this.dropped = dropped;
    this.ended = ended;
  }

  void add(PushSubscription subscriber) {
    subscribers.add(subscriber);
  }

  /** False if it was not (or no longer) a subscriber. */
  boolean remove(PushSubscription subscriber) {
    return subscribers.remove(subscriber);
  }

  /** Removes and returns every subscriber. */
  List<PushSubscription> removeAll() {
    List<PushSubscription> all = new ArrayList<>(subscribers);
    subscribers.removeAll(all);
    return all;
  }

  int size() {
    return subscribers.size();
  }

  @Override
  public void write(RowBatch batch) {
    if (batch.isEmpty() || subscribers.isEmpty()) {
      return;
    }
    ResultRow[] rows = new ResultRow[batch.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new ResultRow(batch.kind(i), batch.row(i), batch.rowtime(i));
    }
    for (PushSubscription subscriber : subscribers) {
      if (!subscriber.queue().offer(rows)) {
        dropped.accept(subscriber);
      }
    }
  }

  @Override
  public void complete() {
    ended.accept(null);
  }

  @Override
  public void fail(Throwable error) {
    ended.accept(error);
  }
}
