package dev.eddy.engine.runtime.sink;

import static dev.eddy.engine.runtime.TestRows.batch;
import static dev.eddy.engine.runtime.TestRows.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PushQuerySinkTest {

  @Test
  void readerBlocksUntilARowArrives() throws Exception {
    PushQuerySink sink = new PushQuerySink(10);
    CompletableFuture<ResultRow> read = CompletableFuture.supplyAsync(() -> {
      try {
        return sink.cursor().next();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(read).isNotDone();

    sink.write(batch(insert(5, "a")));

    assertThat(read.get(5, TimeUnit.SECONDS).toString()).isEqualTo("+I[a] @5");
  }

  @Test
  void closingFromAnotherThreadUnblocksTheReaderAndCancelsTheQuery() throws Exception {
    PushQuerySink sink = new PushQuerySink(10);
    CountDownLatch cancelled = new CountDownLatch(1);
    sink.onCancel(cancelled::countDown);
    CompletableFuture<ResultRow> read = CompletableFuture.supplyAsync(() -> {
      try {
        return sink.cursor().next();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });

    sink.cursor().close();

    assertThat(read.get(5, TimeUnit.SECONDS)).isNull();
    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sink.cursor().isDone()).isTrue();
    sink.write(batch(insert(1, "dropped")));
    assertThat(sink.queuedRows()).isZero();
  }

  @Test
  void isBoundedAndWakesTheWriterOnceDrainedToHalf() throws Exception {
    PushQuerySink sink = new PushQuerySink(4);
    AtomicInteger wakeUps = new AtomicInteger();
    sink.write(batch(insert(1, 1), insert(2, 2), insert(3, 3)));
    assertThat(sink.isWritable()).isTrue();
    sink.write(batch(insert(4, 4), insert(5, 5)));
    assertThat(sink.isWritable()).isFalse();

    sink.whenWritable(wakeUps::incrementAndGet);
    sink.cursor().next();
    sink.cursor().next();
    assertThat(wakeUps).hasValue(0);
    sink.cursor().next();

    assertThat(wakeUps).hasValue(1);
    assertThat(sink.isWritable()).isTrue();
    assertThat(sink.queuedRows()).isEqualTo(2);
  }

  @Test
  void endsAfterTheLastRowOnCompleteAndThrowsOnFailure() throws Exception {
    PushQuerySink sink = new PushQuerySink(4);
    sink.write(batch(insert(1, "a")));
    sink.complete();
    assertThat(sink.cursor().isDone()).isFalse();
    assertThat(sink.cursor().next().toString()).isEqualTo("+I[a] @1");
    assertThat(sink.cursor().next()).isNull();
    assertThat(sink.cursor().isDone()).isTrue();

    PushQuerySink failing = new PushQuerySink(4);
    failing.fail(new IllegalStateException("boom"));
    assertThatThrownBy(() -> failing.cursor().next())
        .isInstanceOf(PushQueryFailedException.class).hasMessage("Push query failed: boom");
  }

  @Test
  void pollTimesOutWithNull() throws Exception {
    PushQuerySink sink = new PushQuerySink(4);
    assertThat(sink.cursor().poll(10, TimeUnit.MILLISECONDS)).isNull();
    assertThat(sink.cursor().isDone()).isFalse();
  }
}
