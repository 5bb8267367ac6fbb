package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.Engine;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * {@code POST /query-stream}: ksqlDB's delimited format — a header object, then one JSON array per
 * row, each on its own line, as a chunked response. One instance per connection: it stops the
 * connection's query when the client goes away.
 */
final class QueryStreamHandler extends RouteHandler {

  static final String CONTENT_TYPE = "application/vnd.ksqlapi.delimited.v1";

  private final Engine engine;
  private final ActiveQueries queries;
  private final Executor workers;
  private final HeadlessMode headless;
  private PushQueryStream current;

  QueryStreamHandler(Engine engine, ActiveQueries queries, Executor workers, HeadlessMode headless) {
    super(HttpMethod.POST, "/query-stream");
    this.engine = engine;
    this.queries = queries;
    this.workers = workers;
    this.headless = headless;
  }

  @Override
  void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
    JsonNode body = jsonBody(ctx, request);
    if (body == null) {
      return;
    }
    JsonNode sql = body.get("sql");
    if (sql == null || !sql.isTextual()) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "The body needs a \"sql\" string");
      return;
    }
    List<StatementResult> results;
    try {
      // Checked before running: this endpoint runs any statement and only then refuses non-queries.
      headless.check(sql.asText());
      results = engine.newSession(RequestProperties.of(body.get("properties"))).execute(sql.asText());
    } catch (StatementException e) {
      HttpResponses.sendJson(ctx, request, e.kind() == StatementException.Kind.EXECUTION
          ? HttpResponseStatus.INTERNAL_SERVER_ERROR : HttpResponseStatus.BAD_REQUEST,
          KsqlHandler.statementError(e, sql.asText()));
      return;
    }
    StatementResult result = results.size() == 1 ? results.get(0) : null;
    if (result instanceof StatementResult.Streaming streaming) {
      stream(ctx, request, streaming);
    } else if (result instanceof StatementResult.Table table) {
      respondWithTable(ctx, request, table);
    } else {
      results.stream().filter(StatementResult.Streaming.class::isInstance)
          .forEach(streamed -> ((StatementResult.Streaming) streamed).rows().close());
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST,
          "/query-stream takes exactly one query; send other statements to /ksql");
    }
  }

  private void stream(ChannelHandlerContext ctx, FullHttpRequest request, StatementResult.Streaming streaming) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    ctx.write(startResponse(keepAlive));
    ctx.writeAndFlush(new DefaultHttpContent(PushQueryStream.line(header(streaming.queryId(), streaming.columns()))));
    current = new PushQueryStream(streaming.queryId(), streaming.rows(), ctx, keepAlive, queries);
    queries.add(current);
    workers.execute(current);
  }

  /** A pull query answers in the same format, all at once. */
  private static void respondWithTable(ChannelHandlerContext ctx, FullHttpRequest request, StatementResult.Table table) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    ctx.write(startResponse(keepAlive));
    ctx.write(new DefaultHttpContent(PushQueryStream.line(header(null, table.columns()))));
    for (List<Object> row : table.rows()) {
      ctx.write(new DefaultHttpContent(PushQueryStream.line(row)));
    }
    var written = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    if (!keepAlive) {
      written.addListener(io.netty.channel.ChannelFutureListener.CLOSE);
    }
  }

  private static HttpResponse startResponse(boolean keepAlive) {
    HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
    HttpUtil.setTransferEncodingChunked(response, true);
    HttpUtil.setKeepAlive(response, keepAlive);
    return response;
  }

  private static Map<String, Object> header(String queryId, List<ColumnInfo> columns) {
    Map<String, Object> header = new LinkedHashMap<>();
    if (queryId != null) {
      header.put("queryId", queryId);
    }
    header.put("columnNames", columns.stream().map(ColumnInfo::name).toList());
    header.put("columnTypes", columns.stream().map(ColumnInfo::type).toList());
    return header;
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    if (current != null) {
      current.writabilityChanged();
    }
    super.channelWritabilityChanged(ctx);
  }

  /** A client that hangs up mid-stream must not leave its query running. */
  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (current != null) {
      current.close();
    }
    super.channelInactive(ctx);
  }
}
