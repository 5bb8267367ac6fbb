package dev.eddy.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;

/**
 * The pipeline of one connection. It speaks HTTP/1.1, and cleartext HTTP/2 (h2c) to a client
 * that opens with the HTTP/2 preface (prior knowledge) or asks with {@code Upgrade: h2c}. Under
 * HTTP/2 every stream is a child channel whose frames become HTTP/1.1 objects, so the same
 * endpoint handlers serve both protocols.
 */
final class EddyServerInitializer extends ChannelInitializer<SocketChannel> {

  private final EndpointPipeline endpoints;
  private final OpenChannels connections;
  /** Sets up each HTTP/2 stream's channel; shared by every connection. */
  private final ChannelHandler streamInitializer = new ChannelInitializer<Channel>() {
    @Override
    protected void initChannel(Channel stream) {
      stream.pipeline().addLast(connections);
      stream.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(true));
      endpoints.addTo(stream.pipeline());
    }
  };

  EddyServerInitializer(EndpointPipeline endpoints, OpenChannels connections) {
    this.endpoints = endpoints;
    this.connections = connections;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast(connections);
    HttpServerCodec http1 = new HttpServerCodec();
    H2cUpgrade upgrade = new H2cUpgrade(http1, streamInitializer, endpoints.maxRequestBytes());
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
