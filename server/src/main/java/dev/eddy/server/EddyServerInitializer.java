package dev.eddy.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.util.AsciiString;

/**
 * The pipeline of one connection. It speaks HTTP/1.1, and cleartext HTTP/2 (h2c) to a client
 * that opens with the HTTP/2 preface (prior knowledge) or asks with {@code Upgrade: h2c}. Under
 * HTTP/2 every stream is a child channel whose frames become HTTP/1.1 objects, so the same
 * endpoint handlers serve both protocols.
 */
final class EddyServerInitializer extends ChannelInitializer<SocketChannel> {

  private final EndpointPipeline endpoints;
  /** Connections and HTTP/2 streams, so the server can close them all before it stops. */
  private final ChannelGroup connections;
  /** Sets up each HTTP/2 stream's channel; shared by every connection. */
  private final ChannelHandler streamInitializer = new ChannelInitializer<Channel>() {
    @Override
    protected void initChannel(Channel stream) {
      connections.add(stream);
      stream.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(true));
      endpoints.addTo(stream.pipeline());
    }
  };

  EddyServerInitializer(EndpointPipeline endpoints, ChannelGroup connections) {
    this.endpoints = endpoints;
    this.connections = connections;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    connections.add(channel);
    ChannelPipeline pipeline = channel.pipeline();
    HttpServerCodec http1 = new HttpServerCodec();
    HttpServerUpgradeHandler upgrade = new HttpServerUpgradeHandler(http1,
        protocol -> AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)
            ? new Http2ServerUpgradeCodec(Http2FrameCodecBuilder.forServer().build(), new Http2MultiplexHandler(streamInitializer))
            : null,
        endpoints.maxRequestBytes());
    ChannelHandler priorKnowledge = new ChannelInitializer<Channel>() {
      @Override
      protected void initChannel(Channel connection) {
        connection.pipeline().addLast(Http2FrameCodecBuilder.forServer().build(), new Http2MultiplexHandler(streamInitializer));
      }
    };
    pipeline.addLast(new CleartextHttp2ServerUpgradeHandler(http1, upgrade, priorKnowledge));
    // Serve HTTP/1.1 until an upgrade; after one, only connection-level HTTP/2 frames pass here.
    endpoints.addTo(pipeline);
  }
}
