package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.RowCursor;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stream's flow control over an EmbeddedChannel whose writability the test switches. */
@Timeout(60)
class PushQueryStreamTest {

  @Test
  void readsNoRowWhileTheClientCannotTakeOneAndEndsTheResponseWhenClosed() throws Exception {
    EmbeddedChannel channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter());
    ChannelHandlerContext ctx = channel.pipeline().firstContext();
    QueueCursor cursor = new QueueCursor();
    cursor.rows.add(List.of(1, "ann"));
    cursor.rows.add(List.of(2, "bob"));
    ActiveQueries queries = new ActiveQueries();
    PushQueryStream stream = new PushQueryStream("q1", cursor, ctx, true, queries);
    queries.add(stream);

    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
    Thread worker = new Thread(stream, "test-push-query");
    worker.start();
    awaitCondition(() -> worker.getState() == Thread.State.WAITING);
    assertThat(cursor.reads.get()).as("no row is taken from the query while the channel is full").isZero();

    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
    stream.writabilityChanged();
    awaitCondition(() -> cursor.reads.get() == 3);
    channel.runPendingTasks();
    assertThat(lineOf(channel.readOutbound())).isEqualTo("[1,\"ann\"]\n");
    assertThat(lineOf(channel.readOutbound())).isEqualTo("[2,\"bob\"]\n");

    queries.close("q1");
    worker.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(worker.isAlive()).isFalse();
    channel.runPendingTasks();
    assertThat((Object) channel.readOutbound()).isSameAs(LastHttpContent.EMPTY_LAST_CONTENT);
    assertThat(cursor.closed).isTrue();
    assertThat(queries.ids()).isEmpty();
  }

  private static String lineOf(HttpContent content) {
    try {
      return content.content().toString(StandardCharsets.UTF_8);
    } finally {
      content.release();
    }
  }

  private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Rows the test hands over one by one; next() blocks like the engine's cursor. */
  private static final class QueueCursor implements RowCursor {
    final LinkedBlockingQueue<List<Object>> rows = new LinkedBlockingQueue<>();
    final AtomicInteger reads = new AtomicInteger();
    volatile boolean closed;

    @Override
    public List<Object> next() throws InterruptedException {
      reads.incrementAndGet();
      while (!closed) {
        List<Object> row = rows.poll(10, TimeUnit.MILLISECONDS);
        if (row != null) {
          return row;
        }
      }
      return null;
    }

    @Override
    public List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException {
      List<Object> row = closed ? null : rows.poll(timeout, unit);
      if (row != null) {
        reads.incrementAndGet(); // a row taken without waiting counts as a read too
      }
      return row;
    }

    @Override
    public boolean isDone() {
      return closed && rows.isEmpty();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
