package dev.eddy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eddy.engine.RowCursor;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies one push query's rows to one HTTP response, a JSON array per line, on a worker thread
 * of its own (reading the cursor blocks). It reads a row only while the channel is writable, so
 * a slow client holds at most Netty's write-buffer high-water mark, and the query waits.
 */
final class PushQueryStream implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(PushQueryStream.class);
  private static final int ROWS_PER_FLUSH = 256;

  private final String queryId;
  private final RowCursor cursor;
  private final ChannelHandlerContext ctx;
  private final boolean keepAlive;
  private final ActiveQueries queries;
  private final Object writability = new Object();
  private volatile boolean closed;

  PushQueryStream(String queryId, RowCursor cursor, ChannelHandlerContext ctx, boolean keepAlive,
      ActiveQueries queries) {
    this.queryId = queryId;
    this.cursor = cursor;
    this.ctx = ctx;
    this.keepAlive = keepAlive;
    this.queries = queries;
  }

  String queryId() {
    return queryId;
  }

  @Override
  public void run() {
    Channel channel = ctx.channel();
    try {
      while (awaitWritable(channel)) {
        List<Object> row = cursor.next();
        if (row == null) {
          break;
        }
        // Rows already waiting go out in one flush (one system call), not one flush each.
        int written = 0;
        do {
          ctx.write(new DefaultHttpContent(line(row)));
          written++;
        } while (written < ROWS_PER_FLUSH && channel.isWritable()
            && (row = cursor.poll(0, TimeUnit.MILLISECONDS)) != null);
        ctx.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Push query {} failed while streaming; its response ends here", queryId, e);
    } finally {
      cursor.close();
      queries.remove(this);
      if (channel.isActive()) {
        var written = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        if (!keepAlive) {
          written.addListener(ChannelFutureListener.CLOSE);
        }
      }
    }
  }

  /** Stops the query from any thread: the client left, asked to close it, or the server stops. */
  void close() {
    closed = true;
    cursor.close();
    writabilityChanged();
  }

  void writabilityChanged() {
    synchronized (writability) {
      writability.notifyAll();
    }
  }

  /** Waits until the client can take more; false once the connection is gone. */
  private boolean awaitWritable(Channel channel) throws InterruptedException {
    synchronized (writability) {
      while (channel.isActive() && !channel.isWritable() && !closed) {
        writability.wait();
      }
    }
    return channel.isActive();
  }

  static ByteBuf line(Object value) {
    try {
      byte[] json = Json.MAPPER.writeValueAsBytes(Json.value(value));
      return Unpooled.wrappedBuffer(json, new byte[] {'\n'});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A row could not be written as JSON", e);
    }
  }
}
