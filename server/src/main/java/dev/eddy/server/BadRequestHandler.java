package dev.eddy.server;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * First after the codec: a request the HTTP decoder could not read (a bad request line, a header
 * too long) is answered 400 here, so no endpoint sees half a request.
 */
@Sharable
final class BadRequestHandler extends ChannelInboundHandlerAdapter {

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request) || request.decoderResult().isSuccess()) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      // The connection's framing is unknown after a decoding failure, so it is not kept alive.
      HttpResponses.sendError(ctx, null, HttpResponseStatus.BAD_REQUEST,
          "Malformed HTTP request: " + request.decoderResult().cause().getMessage());
    } finally {
      request.release();
    }
  }
}
