package dev.eddy.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Times each request of one connection from its head arriving to its response's end and
 * records it in the server's metrics. Pipelined requests are answered in order, so a queue pairs
 * each response with its request.
 */
final class RequestMetrics extends ChannelDuplexHandler {

  private record Started(String path, String method, long nanos) {}

  private final ServerMetrics metrics;
  private final Queue<Started> started = new ArrayDeque<>();
  private int status;

  RequestMetrics(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request) {
      started.add(new Started(new QueryStringDecoder(request.uri()).path(), request.method().name(), System.nanoTime()));
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof HttpResponse response) {
      status = response.status().code();
    }
    // 100 Continue is not the answer; the request is still being served.
    if (msg instanceof LastHttpContent && status >= 200) {
      Started request = started.poll();
      if (request != null) {
        metrics.recordRequest(request.path(), request.method(), status, System.nanoTime() - request.nanos());
      }
    }
    ctx.write(msg, promise);
  }
}
