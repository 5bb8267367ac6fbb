package dev.eddy.server;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Last in the pipeline: whatever no route took is a path the server does not have. */
@Sharable
final class NotFoundHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger LOG = LoggerFactory.getLogger(NotFoundHandler.class);

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    HttpResponses.sendError(ctx, request, HttpResponseStatus.NOT_FOUND, "No such endpoint: " + request.uri());
  }

  /** A failure no handler answered leaves the connection in an unknown state: log it, drop it. */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException || cause instanceof PrematureChannelClosureException) {
      // The client went away (reset, or hung up mid-request): nothing the operator can act on.
      LOG.debug("Connection lost", cause);
    } else {
      LOG.warn("Closing a connection after an unhandled failure", cause);
    }
    ctx.close();
  }
}
