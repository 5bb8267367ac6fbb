package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.codec.http2.HttpConversionUtil;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The endpoints over cleartext HTTP/2 (h2c), reached by upgrade and with prior knowledge. */
@Timeout(120)
class Http2Test {

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(65536);
  private static final HttpClient HTTP2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

  @Test
  void infoAnswersOverHttp2() throws Exception {
    HttpResponse<String> info = HTTP2.send(HttpRequest.newBuilder(server.uri("/info")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(info.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).startsWith("{\"KsqlServerInfo\":{\"version\":\"");

    HttpResponse<String> missing = HTTP2.send(HttpRequest.newBuilder(server.uri("/nowhere")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(missing.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void aPushQueryStreamsOverHttp2UntilClosed() throws Exception {
    assertThat(post("/ksql", "{\"ksql\":\"CREATE STREAM h2 (id INT KEY, name STRING) WITH (KAFKA_TOPIC='h2', "
        + "PARTITIONS=1, VALUE_FORMAT='JSON'); INSERT INTO h2 (id, name) VALUES (1, 'ann');\"}").statusCode()).isEqualTo(200);
    HttpResponse<Stream<String>> response = HTTP2.send(server.request("/query-stream",
        "{\"sql\":\"SELECT id, name FROM h2 EMIT CHANGES;\",\"properties\":{\"auto.offset.reset\":\"earliest\"}}"),
        HttpResponse.BodyHandlers.ofLines());
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(response.statusCode()).isEqualTo(200);
    Iterator<String> lines = response.body().iterator();
    String queryId = Json.MAPPER.readTree(lines.next()).get("queryId").asText();
    assertThat(lines.next()).isEqualTo("[1,\"ann\"]");

    // Another stream of the same connection while the first is still open.
    assertThat(post("/ksql", "{\"ksql\":\"INSERT INTO h2 (id, name) VALUES (2, 'bob');\"}").statusCode()).isEqualTo(200);
    assertThat(lines.next()).isEqualTo("[2,\"bob\"]");

    assertThat(post("/close-query", "{\"queryId\":\"" + queryId + "\"}").statusCode()).isEqualTo(200);
    assertThat(lines.hasNext()).as("the response ends once the query is closed").isFalse();
  }

  @Test
  void insertsStreamOverAnHttp2Connection() throws Exception {
    assertThat(post("/ksql", "{\"ksql\":\"CREATE STREAM h2in (id INT KEY) WITH (KAFKA_TOPIC='h2in', PARTITIONS=1, "
        + "VALUE_FORMAT='JSON');\"}").statusCode()).isEqualTo(200);
    // post() checked the connection is HTTP/2 already: the inserts go on a stream of it.
    HttpResponse<String> acks = HTTP2.send(server.request("/inserts-stream",
        "{\"target\":\"h2in\"}\n{\"id\":1}\n{\"id\":\"x\"}\n{\"id\":3}\n"), HttpResponse.BodyHandlers.ofString());
    assertThat(acks.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(acks.body().lines().toList()).hasSize(3).startsWith("{\"status\":\"ok\",\"seq\":0}")
        .endsWith("{\"status\":\"ok\",\"seq\":2}");
    assertThat(acks.body().lines().toList().get(1)).startsWith("{\"status\":\"error\",\"seq\":1,");
  }

  /** Netty reads an upgrade request's whole body first: one over the limit stays HTTP/1.1 and gets the JSON 413. */
  @Test
  void anUpgradeRequestWithABodyOverTheLimitIsRefusedAsUsual() throws Exception {
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    HttpResponse<String> response = fresh.send(server.request("/ksql", "{\"ksql\":\"" + "x".repeat(70_000) + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"@type\":\"generic_error\",\"error_code\":41300,"
        + "\"message\":\"The request body is larger than max.request.bytes (65536 bytes)\"}");
  }

  /** Java's client only upgrades, so a Netty HTTP/2 client opens with the preface instead. */
  @Test
  void aClientWithPriorKnowledgeSpeaksHttp2FromTheStart() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      Channel connection = new Bootstrap().group(group).channel(NioSocketChannel.class)
          .handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
              channel.pipeline().addLast(Http2FrameCodecBuilder.forClient().build(),
                  new Http2MultiplexHandler(new ChannelInboundHandlerAdapter()));
            }
          })
          .connect("127.0.0.1", server.port()).sync().channel();
      CompletableFuture<String> answer = new CompletableFuture<>();
      Http2StreamChannel stream = new Http2StreamChannelBootstrap(connection).handler(new ChannelInitializer<Channel>() {
        @Override
        protected void initChannel(Channel channel) {
          channel.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(false), new HttpObjectAggregator(65536),
              new SimpleChannelInboundHandler<FullHttpResponse>() {
                @Override
                protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
                  answer.complete(response.status().code() + " " + response.content().toString(StandardCharsets.UTF_8));
                }
              });
        }
      }).open().sync().getNow();
      DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/healthcheck");
      request.headers().set(HttpHeaderNames.HOST, "127.0.0.1:" + server.port());
      request.headers().set(HttpConversionUtil.ExtensionHeaderNames.SCHEME.text(), "http");
      stream.writeAndFlush(request).sync();

      assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("200 {\"isHealthy\":true}");
      connection.close().sync();
    } finally {
      group.shutdownGracefully(0, 5, TimeUnit.SECONDS).sync();
    }
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    HttpResponse<String> response = HTTP2.send(server.request(path, body), HttpResponse.BodyHandlers.ofString());
    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    return response;
  }
}
