package dev.eddy.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates request bodies up to {@code max.request.bytes}; past it the client gets 413 as a
 * JSON error like every other refusal, not Netty's empty one.
 */
final class RequestSizeLimit extends HttpObjectAggregator {

  private final int maxRequestBytes;

  RequestSizeLimit(int maxRequestBytes) {
    super(maxRequestBytes);
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
    if (!(oversized instanceof HttpRequest request)) {
      super.handleOversizedMessage(ctx, oversized);
      return;
    }
    // As Netty decides: the connection stays usable only if the aggregator can skip the rest of
    // the body (it discards it) and the client meant to keep it; otherwise it is closed.
    boolean keepOpen = !(oversized instanceof FullHttpMessage) && ctx.channel().config().isAutoRead()
        && HttpUtil.isKeepAlive(request);
    HttpResponses.sendError(ctx, keepOpen ? request : null, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, tooLarge());
  }

  /**
   * A client that sent {@code Expect: 100-continue} (curl does past 1 MiB) is refused before it
   * sends the body, through this path rather than the one above.
   */
  @Override
  protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    Object response = super.newContinueResponse(start, maxContentLength, pipeline);
    if (response instanceof FullHttpResponse refusal
        && HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.equals(refusal.status())) {
      refusal.release();
      return HttpResponses.json(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
          HttpResponses.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, tooLarge()));
    }
    return response;
  }

  private String tooLarge() {
    return "The request body is larger than max.request.bytes (" + maxRequestBytes + " bytes)";
  }
}
