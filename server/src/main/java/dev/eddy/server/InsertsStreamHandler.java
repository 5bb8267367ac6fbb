package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.Engine;
import dev.eddy.engine.RowInserter;
import dev.eddy.engine.StatementException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;

/**
 * {@code POST /inserts-stream}: ksqlDB's streaming insert. The body is a JSON object naming the
 * target ({@code {"target":"S"}}), then one JSON object per row, a line each, for as long as the
 * client keeps sending; the response is one ack line per row. It sits before the body
 * aggregator, since this body is read as it arrives and has no end the server could wait for.
 * The request limit applies to each line. One instance per connection.
 */
final class InsertsStreamHandler extends ChannelInboundHandlerAdapter {

  static final String PATH = "/inserts-stream";

  private enum State { IDLE, AWAITING_TARGET, STREAMING, DISCARDING }

  private final Engine engine;
  private final int maxLineBytes;
  private final ServerMetrics metrics;
  private State state = State.IDLE;
  private HttpRequest request;
  private LineSplitter lines;
  private InsertStream stream;

  InsertsStreamHandler(Engine engine, int maxLineBytes, ServerMetrics metrics) {
    this.engine = engine;
    this.maxLineBytes = maxLineBytes;
    this.metrics = metrics;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (state == State.IDLE) {
      if (!(msg instanceof HttpRequest head) || !PATH.equals(new QueryStringDecoder(head.uri()).path())
          || !head.decoderResult().isSuccess()) {
        ctx.fireChannelRead(msg);
        return;
      }
      begin(ctx, head);
    }
    try {
      if (msg instanceof HttpContent content) {
        body(ctx, content);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void begin(ChannelHandlerContext ctx, HttpRequest head) {
    request = head;
    if (!HttpMethod.POST.equals(head.method())) {
      HttpResponses.sendError(ctx, null, HttpResponseStatus.METHOD_NOT_ALLOWED, PATH + " takes POST, not " + head.method());
      state = State.DISCARDING;
      return;
    }
    if (HttpUtil.is100ContinueExpected(head)) {
      ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
    }
    lines = new LineSplitter(ctx.alloc(), maxLineBytes);
    state = State.AWAITING_TARGET;
  }

  private void body(ChannelHandlerContext ctx, HttpContent content) {
    boolean last = content instanceof LastHttpContent;
    if (state == State.AWAITING_TARGET || state == State.STREAMING) {
      boolean readable = lines.feed(content.content(), line -> line(ctx, line));
      if (!readable && state == State.STREAMING) {
        stream.refuseOverlongLine(maxLineBytes);
        state = State.DISCARDING;
      } else if (!readable) {
        refuse(ctx, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            "The target line is longer than max.request.bytes (" + maxLineBytes + " bytes)");
      } else if (last) {
        lines.finish(line -> line(ctx, line));
      }
    }
    if (last) {
      if (state == State.STREAMING) {
        stream.end(true);
      } else if (state == State.AWAITING_TARGET) {
        refuse(ctx, HttpResponseStatus.BAD_REQUEST, "The body must start with a JSON object naming the \"target\"");
      }
      reset();
    }
  }

  private void line(ChannelHandlerContext ctx, byte[] line) {
    if (state == State.STREAMING) {
      stream.row(line);
    } else if (state == State.AWAITING_TARGET) {
      target(ctx, line);
    }
  }

  /** The first line names the stream or table; nothing is answered before it is known. */
  private void target(ChannelHandlerContext ctx, byte[] line) {
    JsonNode target;
    try {
      JsonNode first = Json.MAPPER.readTree(line);
      target = first == null ? null : first.get("target");
    } catch (IOException e) {
      refuse(ctx, HttpResponseStatus.BAD_REQUEST, "The first line is not valid JSON: "
          + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    if (target == null || !target.isTextual()) {
      refuse(ctx, HttpResponseStatus.BAD_REQUEST, "The first line must be a JSON object with a \"target\" string");
      return;
    }
    RowInserter inserter;
    try {
      inserter = RowInserter.open(engine, target.asText());
    } catch (StatementException e) {
      refuse(ctx, HttpResponseStatus.BAD_REQUEST, e.getMessage());
      return;
    }
    stream = new InsertStream(ctx, inserter, HttpUtil.isKeepAlive(request), metrics);
    stream.start();
    state = State.STREAMING;
  }

  /**
   * Refused before any ack: one error response, and the connection closes, since the rest of a
   * body that may never end cannot be skipped.
   */
  private void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, String message) {
    HttpResponses.sendError(ctx, null, status, message);
    state = State.DISCARDING;
  }

  private void reset() {
    state = State.IDLE;
    request = null;
    stream = null;
    if (lines != null) {
      lines.close();
      lines = null;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    reset();
    super.channelInactive(ctx);
  }
}
