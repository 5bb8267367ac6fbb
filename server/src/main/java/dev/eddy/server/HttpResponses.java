package dev.eddy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes whole JSON responses; every handler answers through here so keep-alive is handled once. */
final class HttpResponses {

  private HttpResponses() {}

  static void sendJson(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, Object body) {
    FullHttpResponse response = json(status, body);
    boolean keepAlive = request != null && HttpUtil.isKeepAlive(request);
    HttpUtil.setKeepAlive(response, keepAlive);
    var written = ctx.writeAndFlush(response);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** A complete JSON response; the caller decides about keep-alive. */
  static FullHttpResponse json(HttpResponseStatus status, Object body) {
    byte[] bytes;
    try {
      bytes = Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A response body could not be written as JSON", e);
    }
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
    HttpUtil.setContentLength(response, bytes.length);
    return response;
  }

  /** ksqlDB's generic error entity: the HTTP status times 100 as its error code. */
  static void sendError(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, String message) {
    sendJson(ctx, request, status, error(status, message));
  }

  static Map<String, Object> error(HttpResponseStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@type", "generic_error");
    body.put("error_code", status.code() * 100);
    body.put("message", message);
    return body;
  }
}
