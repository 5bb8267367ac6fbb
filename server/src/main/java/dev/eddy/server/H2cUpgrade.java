package dev.eddy.server;

import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.util.AsciiString;

/**
 * Answers {@code Upgrade: h2c} by switching the connection to HTTP/2. Netty reads an upgrade
 * request's whole body before switching, so only requests whose body is known to fit the limit
 * are upgraded; any other (a streamed /inserts-stream body, one too large, or of unknown length)
 * is served over HTTP/1.1 as if the client had not asked, which RFC 7230 allows, and gets the
 * usual answers (413 as JSON, streamed acks).
 */
final class H2cUpgrade extends HttpServerUpgradeHandler {

  private final int maxRequestBytes;

  H2cUpgrade(HttpServerCodec http1, ChannelHandler streamInitializer, int maxRequestBytes) {
    super(http1, protocol -> AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)
        ? new Http2ServerUpgradeCodec(Http2FrameCodecBuilder.forServer().build(), new Http2MultiplexHandler(streamInitializer))
        : null, maxRequestBytes);
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  protected boolean shouldHandleUpgradeRequest(HttpRequest request) {
    if (InsertsStreamHandler.PATH.equals(new QueryStringDecoder(request.uri()).path())) {
      return false;
    }
    long length = HttpUtil.getContentLength(request, HttpUtil.isTransferEncodingChunked(request) ? -1L : 0L);
    return length >= 0 && length <= maxRequestBytes && super.shouldHandleUpgradeRequest(request);
  }
}
