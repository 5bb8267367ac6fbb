package dev.eddy.server;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** {@code GET /healthcheck}: a server that answers at all has an open engine. */
@Sharable
final class HealthcheckHandler extends RouteHandler {

  HealthcheckHandler() {
    super(HttpMethod.GET, "/healthcheck");
  }

  @Override
  void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
    HttpResponses.sendJson(ctx, request, HttpResponseStatus.OK, Map.of("isHealthy", true));
  }
}
