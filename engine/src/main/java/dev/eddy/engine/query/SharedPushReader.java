package dev.eddy.engine.query;

import dev.eddy.engine.runtime.task.TaskHandle;
import java.util.List;
import java.util.function.Consumer;

/**
 * One set of push-query tasks and the subscribers reading its rows. Subscribers join while it
 * runs and leave on their own; when the last one leaves the tasks stop, and a reader that has
 * stopped (or whose tasks ended) takes no one new, so a later identical query starts afresh.
 */
final class SharedPushReader {

  private final String id;
  private final Consumer<SharedPushReader> idle;
  private final PushFanOut fanOut = new PushFanOut(s -> leave(s, false), this::ended);
  private boolean closing;
  private RunningTasks tasks;

  /**
   * @param id the id its tasks run (and log processing errors) under
   * @param idle told once it takes no more subscribers, so it can be forgotten
   */
  SharedPushReader(String id, Consumer<SharedPushReader> idle) {
    this.id = id;
    this.idle = idle;
  }

  /** False if it is stopping or has ended; the caller then needs a new reader. */
  synchronized boolean join(PushSubscription subscriber) {
    if (closing) {
      return false;
    }
    subscriber.joined(this);
    fanOut.add(subscriber);
    return true;
  }

  /** Starts the tasks, which write to every subscriber; call once, after the first join. */
  void start(ReaderStarter starter) {
    RunningTasks started = starter.start(id, fanOut);
    boolean alreadyClosing;
    synchronized (this) {
      tasks = started;
      alreadyClosing = closing;
    }
    if (alreadyClosing) {
      started.handles().forEach(TaskHandle::cancel);
    }
  }

  /**
   * Stops sending rows to {@code subscriber}; stops the tasks if it was the last.
   *
   * @param awaitStop wait until the tasks have ended, if they are stopping; never from a task's
   *     own thread, which would wait for itself
   */
  void leave(PushSubscription subscriber, boolean awaitStop) {
    RunningTasks toStop;
    boolean last;
    synchronized (this) {
      boolean removed = fanOut.remove(subscriber);
      last = removed && fanOut.size() == 0 && !closing;
      closing |= last;
      // A client closing after it was cut off (or after its LIMIT) still waits for the tasks,
      // as a query of its own would, so that it can drop the stream at once.
      toStop = last || (closing && awaitStop) ? tasks : null;
    }
    if (last) {
      idle.accept(this);
    }
    if (toStop == null) {
      return;
    }
    if (awaitStop) {
      toStop.stop();
    } else {
      toStop.handles().forEach(TaskHandle::cancel);
    }
  }

  /** Subscribers now. */
  synchronized int subscribers() {
    return fanOut.size();
  }

  /** The tasks ended without being asked (a failure, or the source went): every subscriber ends too. */
  private void ended(Throwable failure) {
    List<PushSubscription> left;
    synchronized (this) {
      closing = true;
      left = fanOut.removeAll();
    }
    idle.accept(this);
    for (PushSubscription subscriber : left) {
      if (failure == null) {
        subscriber.queue().complete();
      } else {
        subscriber.queue().fail(failure);
      }
    }
  }
}
