package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;

/**
 * A handler for one method and path. Requests for other paths pass down the pipeline untouched,
 * so each endpoint is one handler and the last one in the pipeline answers 404.
 */
abstract class RouteHandler extends ChannelInboundHandlerAdapter {

  private final HttpMethod method;
  private final String path;

  RouteHandler(HttpMethod method, String path) {
    this.method = method;
    this.path = path;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (!(msg instanceof FullHttpRequest request) || !path.equals(new QueryStringDecoder(request.uri()).path())) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (!method.equals(request.method())) {
        HttpResponses.sendError(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED,
            path + " takes " + method + ", not " + request.method());
        return;
      }
      handle(ctx, request);
    } finally {
      request.release();
    }
  }

  /** Answers the request; the request is released after this returns. */
  abstract void handle(ChannelHandlerContext ctx, FullHttpRequest request) throws Exception;

  /** The body as a JSON object, or null after answering 400 when it is not one. */
  static JsonNode jsonBody(ChannelHandlerContext ctx, FullHttpRequest request) {
    JsonNode body;
    try (InputStream in = new ByteBufInputStream(request.content().duplicate())) {
      body = Json.MAPPER.readTree(in);
    } catch (IOException e) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "The body is not valid JSON: "
          + e.getMessage().lines().findFirst().orElse(""));
      return null;
    }
    if (body == null || !body.isObject()) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "The body must be a JSON object");
      return null;
    }
    return body;
  }
}
