package dev.eddy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eddy.engine.RowInserter;
import dev.eddy.engine.StatementException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One /inserts-stream request once its target is known: inserts each row line, and answers one
 * ack per row in row order, each written only once its row is durable (or refused). It stops
 * reading from the client while too many rows wait for their acks, so a fast writer or a client
 * that does not read its acks holds a bounded number of rows in memory.
 */
final class InsertStream {

  /** Rows written but not yet acknowledged to the client before reading pauses. */
  static final int MAX_ROWS_IN_FLIGHT = 1024;

  private final ChannelHandlerContext ctx;
  private final RowInserter inserter;
  private final boolean keepAlive;
  private final ServerMetrics metrics;
  /** Completes once every ack so far has been written; acks are chained onto it in order. */
  private CompletableFuture<Void> acks = CompletableFuture.completedFuture(null);
  private long nextSeq;
  private int inFlight;
  private boolean ended;

  InsertStream(ChannelHandlerContext ctx, RowInserter inserter, boolean keepAlive, ServerMetrics metrics) {
    this.ctx = ctx;
    this.inserter = inserter;
    this.keepAlive = keepAlive;
    this.metrics = metrics;
  }

  /** Starts the chunked response; acks follow as the rows come. */
  void start() {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, QueryStreamHandler.CONTENT_TYPE);
    HttpUtil.setTransferEncodingChunked(response, true);
    HttpUtil.setKeepAlive(response, keepAlive);
    ctx.writeAndFlush(response);
  }

  /** Inserts one row line; its ack is written once it is durable. Runs on the handler's thread. */
  void row(byte[] json) {
    long seq = nextSeq++;
    CompletableFuture<Map<String, Object>> ack;
    try {
      ack = inserter.insert(json).handle((durable, failure) -> failure == null
          ? ok(seq) : error(seq, 50000, "The row was not stored: " + rootCause(failure).getMessage()));
    } catch (StatementException e) {
      ack = CompletableFuture.completedFuture(error(seq, 40000, e.getMessage()));
    }
    inFlight++;
    if (inFlight >= MAX_ROWS_IN_FLIGHT) {
      ctx.channel().config().setAutoRead(false);
    }
    CompletableFuture<Map<String, Object>> mine = ack;
    acks = acks.thenCompose(previous -> mine).thenAccept(this::writeAck);
  }

  /** A line longer than the request limit: the stream cannot be followed past it. */
  void refuseOverlongLine(int maxLineBytes) {
    long seq = nextSeq++;
    acks = acks.thenRun(() -> writeAck(error(seq, 41300,
        "A row is longer than max.request.bytes (" + maxLineBytes + " bytes); the stream ends here")));
    end(false);
  }

  /**
   * The body ended (or cannot be read further): the response ends after the last ack. Reading
   * pauses until then, so a pipelined next request is not answered in the middle of these acks.
   */
  void end(boolean keepConnection) {
    ended = true;
    ctx.channel().config().setAutoRead(false);
    acks.whenComplete((done, failure) -> ctx.executor().execute(() -> {
      var written = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
      if (keepAlive && keepConnection) {
        written.addListener(f -> ctx.channel().config().setAutoRead(true));
      } else {
        written.addListener(ChannelFutureListener.CLOSE);
      }
    }));
  }

  private void writeAck(Map<String, Object> ack) {
    metrics.countInsertedRow("ok".equals(ack.get("status")));
    ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(line(ack))))
        .addListener(written -> ctx.executor().execute(this::acked));
  }

  /** One ack has left; reading resumes once the backlog is down to half. */
  private void acked() {
    inFlight--;
    if (!ended && inFlight <= MAX_ROWS_IN_FLIGHT / 2 && !ctx.channel().config().isAutoRead()) {
      ctx.channel().config().setAutoRead(true);
    }
  }

  private static byte[] line(Map<String, Object> ack) {
    try {
      byte[] json = Json.MAPPER.writeValueAsBytes(ack);
      byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
      line[json.length] = '\n';
      return line;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An ack could not be written as JSON", e);
    }
  }

  private static Map<String, Object> ok(long seq) {
    Map<String, Object> ack = new LinkedHashMap<>();
    ack.put("status", "ok");
    ack.put("seq", seq);
    return ack;
  }

  /** ksqlDB's error ack; the stream goes on after it. */
  private static Map<String, Object> error(long seq, int code, String message) {
    Map<String, Object> ack = new LinkedHashMap<>();
    ack.put("status", "error");
    ack.put("seq", seq);
    ack.put("error_code", code);
    ack.put("message", message);
    return ack;
  }

  private static Throwable rootCause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
