package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The routing handlers on their own, in an EmbeddedChannel: no sockets, no engine. */
class RouteHandlersTest {

  private final EmbeddedChannel channel =
      new EmbeddedChannel(new BadRequestHandler(), new HealthcheckHandler(), new NotFoundHandler());

  @Test
  void aRouteAnswersItsPathAndKeepsTheConnection() {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/healthcheck");
    channel.writeInbound(request);

    FullHttpResponse response = channel.readOutbound();
    assertThat(response.status().code()).isEqualTo(200);
    assertThat(response.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/json");
    assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"isHealthy\":true}");
    assertThat(request.refCnt()).as("the request is released").isZero();
    assertThat(channel.isOpen()).isTrue();
    response.release();
  }

  @Test
  void otherPathsFallThroughTo404() {
    channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/healthcheck/more"));

    FullHttpResponse response = channel.readOutbound();
    assertThat(response.status().code()).isEqualTo(404);
    assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo(
        "{\"@type\":\"generic_error\",\"error_code\":40400,\"message\":\"No such endpoint: /healthcheck/more\"}");
    response.release();
  }

  @Test
  void anUndecodableRequestIs400AndClosesTheConnection() {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/bad",
        Unpooled.EMPTY_BUFFER);
    request.setDecoderResult(DecoderResult.failure(new IllegalArgumentException("invalid version format: XYZ")));
    channel.writeInbound(request);

    FullHttpResponse response = channel.readOutbound();
    assertThat(response.status().code()).isEqualTo(400);
    assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"@type\":\"generic_error\","
        + "\"error_code\":40000,\"message\":\"Malformed HTTP request: invalid version format: XYZ\"}");
    assertThat(channel.isOpen()).isFalse();
    response.release();
  }
}
