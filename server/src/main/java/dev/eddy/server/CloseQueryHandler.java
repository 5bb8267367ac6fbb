package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** {@code POST /close-query}: stops a push query another connection is streaming; its response ends. */
@Sharable
final class CloseQueryHandler extends RouteHandler {

  private final ActiveQueries queries;

  CloseQueryHandler(ActiveQueries queries) {
    super(HttpMethod.POST, "/close-query");
    this.queries = queries;
  }

  @Override
  void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
    JsonNode body = jsonBody(ctx, request);
    if (body == null) {
      return;
    }
    JsonNode queryId = body.get("queryId");
    if (queryId == null || !queryId.isTextual()) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "The body needs a \"queryId\" string");
      return;
    }
    if (!queries.close(queryId.asText())) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "No push query is running with id " + queryId.asText());
      return;
    }
    HttpResponses.sendJson(ctx, request, HttpResponseStatus.OK, Map.of());
  }
}
