package dev.eddy.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.Engine;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /ksql}: runs statements in a session of their own and answers with ksqlDB's entity
 * list. Runs on the blocking executor group, since statements wait on the log.
 */
@Sharable
final class KsqlHandler extends RouteHandler {

  private final Engine engine;
  private final HeadlessMode headless;

  KsqlHandler(Engine engine, HeadlessMode headless) {
    super(HttpMethod.POST, "/ksql");
    this.engine = engine;
    this.headless = headless;
  }

  @Override
  void handle(ChannelHandlerContext ctx, FullHttpRequest request) {
    JsonNode body = jsonBody(ctx, request);
    if (body == null) {
      return;
    }
    JsonNode ksql = body.get("ksql");
    if (ksql == null || !ksql.isTextual()) {
      HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST, "The body needs a \"ksql\" string");
      return;
    }
    Map<String, String> properties = RequestProperties.of(body.get("streamsProperties"));
    List<StatementResult> results;
    try {
      headless.check(ksql.asText());
      results = engine.newSession(properties).execute(ksql.asText());
    } catch (StatementException e) {
      HttpResponses.sendJson(ctx, request, e.kind() == StatementException.Kind.EXECUTION
          ? HttpResponseStatus.INTERNAL_SERVER_ERROR : HttpResponseStatus.BAD_REQUEST, statementError(e, ksql.asText()));
      return;
    }
    List<Object> entities = new ArrayList<>();
    for (StatementResult result : results) {
      if (result instanceof StatementResult.Streaming streaming) {
        // A push query would outlive this response; it belongs on /query-stream, as in ksqlDB.
        streaming.rows().close();
        HttpResponses.sendError(ctx, request, HttpResponseStatus.BAD_REQUEST,
            "Push queries and PRINT stream their rows: send them to /query-stream: " + streaming.statementText());
        return;
      }
      entities.add(entity(result));
    }
    HttpResponses.sendJson(ctx, request, HttpResponseStatus.OK, entities);
  }

  private static Map<String, Object> entity(StatementResult result) {
    Map<String, Object> entity = new LinkedHashMap<>();
    if (result instanceof StatementResult.Message message) {
      entity.put("@type", "currentStatus");
      entity.put("statementText", message.statementText());
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("status", "SUCCESS");
      status.put("message", message.message());
      status.put("queryId", message.queryId());
      entity.put("commandStatus", status);
      entity.put("warnings", List.of());
    } else if (result instanceof StatementResult.Table table) {
      entity.put("@type", "table");
      entity.put("statementText", table.statementText());
      entity.put("header", table.header());
      List<Map<String, String>> columns = new ArrayList<>();
      for (ColumnInfo column : table.columns()) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("name", column.name());
        described.put("type", column.type());
        columns.add(described);
      }
      entity.put("columns", columns);
      entity.put("rows", table.rows().stream().map(Json::value).toList());
      entity.put("warnings", List.of());
    }
    return entity;
  }

  /** ksqlDB's statement_error, plus where in the submitted text the problem lies. */
  static Map<String, Object> statementError(StatementException e, String statementText) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("@type", "statement_error");
    error.put("error_code", e.kind() == StatementException.Kind.EXECUTION ? 50000 : 40001);
    error.put("message", e.getMessage());
    error.put("statementText", statementText);
    error.put("line", e.line());
    error.put("column", e.column());
    error.put("entities", List.of());
    return error;
  }
}
