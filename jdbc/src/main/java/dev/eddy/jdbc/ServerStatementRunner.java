package dev.eddy.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.StatementResult;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statements run on an Eddy server through its HTTP API: queries on {@code /query-stream},
 * everything else on {@code /ksql} (see {@link ServerRequests}). The server keeps no session
 * between requests, so this side keeps the session properties and sends them each time.
 */
final class ServerStatementRunner implements StatementRunner {

  private final ServerClient server;
  private final ServerSessionProperties properties;
  private final String engineVersion;

  private ServerStatementRunner(ServerClient server, Map<String, String> sessionProperties, String engineVersion) {
    this.server = server;
    this.properties = new ServerSessionProperties(sessionProperties);
    this.engineVersion = engineVersion;
  }

  /** Asks the server who it is first, so a wrong address fails at connect rather than at the first statement. */
  static ServerStatementRunner connect(EddyUrl.Server address, Map<String, String> sessionProperties)
      throws SQLException {
    ServerClient server = new ServerClient(address.host(), address.port());
    JsonNode info = server.get("/info").path("KsqlServerInfo");
    if (!info.hasNonNull("version")) {
      throw new SQLException("The server at " + server.address() + " does not answer /info as an Eddy server does.",
          SqlStates.CONNECTION_FAILURE);
    }
    return new ServerStatementRunner(server, sessionProperties, info.get("version").asText());
  }

  @Override
  public List<StatementResult> run(String sql) throws SQLException {
    List<StatementResult> results = new ArrayList<>();
    try {
      for (ServerRequests.Request request : ServerRequests.plan(sql)) {
        if (request.query()) {
          results.add(query(request));
        } else {
          results.addAll(statements(request));
        }
      }
      return results;
    } catch (SQLException | RuntimeException e) {
      stopQueries(results); // Nobody will read the rows of a query whose statement failed.
      throw e;
    }
  }

  private List<StatementResult> statements(ServerRequests.Request request) throws SQLException {
    JsonNode entities = server.post("/ksql", Map.of("ksql", request.text(), "streamsProperties", properties.current()));
    List<StatementResult> results = new ArrayList<>();
    for (JsonNode entity : entities) {
      StatementResult result = ServerResults.fromEntity(entity);
      properties.remember(result);
      results.add(result);
    }
    return results;
  }

  /** Waits for the header only: the rows are read as the result set asks for them. */
  private StatementResult query(ServerRequests.Request request) throws SQLException {
    ResponseLines body = new ResponseLines(
        server.postForStream("/query-stream", Map.of("sql", request.text(), "properties", properties.current())));
    try {
      String headerLine = body.readLine();
      if (headerLine == null) {
        throw new SQLException("The server at " + server.address() + " ended the query's response before its header.",
            SqlStates.CONNECTION_LOST);
      }
      JsonNode header = server.parse(headerLine);
      List<ColumnInfo> columns = ServerResults.columns(header);
      String queryId = header.path("queryId").textValue();
      return new StatementResult.Streaming(request.statement(), queryId, columns,
          new StreamedRows(server, queryId, ServerResults.types(columns), body));
    } catch (IOException e) {
      body.close();
      throw server.lost(e);
    } catch (SQLException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  private static void stopQueries(List<StatementResult> results) {
    for (StatementResult result : results) {
      if (result instanceof StatementResult.Streaming streaming) {
        streaming.rows().close();
      }
    }
  }

  @Override
  public Map<String, String> sessionProperties() {
    return properties.current();
  }

  @Override
  public boolean isReachable(int timeoutSeconds) {
    return server.isHealthy(timeoutSeconds);
  }

  @Override
  public String engineVersion() {
    return engineVersion;
  }

  /** Nothing to let go: the HTTP client is shared, and each query's response closes with its result set. */
  @Override
  public void close() {}
}
