package dev.eddy.server;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** {@code GET /info}: ksqlDB's KsqlServerInfo shape, with the version Maven built. */
@Sharable
final class InfoHandler extends RouteHandler {

  static final String VERSION = loadVersion();

  InfoHandler() {
    super(HttpMethod.GET, "/info");
  }

  @Override
  void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("version", VERSION);
    info.put("ksqlServiceId", "eddy");
    info.put("serverStatus", "RUNNING");
    HttpResponses.sendJson(ctx, request, HttpResponseStatus.OK, Map.of("KsqlServerInfo", info));
  }

  private static String loadVersion() {
    try (InputStream in = InfoHandler.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
