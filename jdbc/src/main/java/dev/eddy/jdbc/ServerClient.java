package dev.eddy.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP exchanges with one Eddy server: JSON requests in, JSON (or a stream of JSON lines)
 * out, and the server's error objects as SQLExceptions. It knows the endpoints' shapes, not SQL.
 */
final class ServerClient {

  /**
   * Reads DECIMAL values exactly: as BigDecimal, never through a double, and with the scale the
   * server wrote (123.450 stays 123.450, as the engine gives it in-process).
   */
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration CLOSE_QUERY_TIMEOUT = Duration.ofSeconds(5);

  /**
   * One client for every connection of the JVM: each HttpClient owns a selector thread, and a
   * tool that opens many connections should not gather them. HTTP/1.1, because a streamed query
   * holds its own TCP connection, which closing it can then abort.
   */
  private static final class Shared {
    static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  private final URI base;

  ServerClient(String host, int port) {
    this.base = URI.create("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port);
  }

  /** The server's address, for messages. */
  String address() {
    return base.toString();
  }

  /** Whether the server answers {@code /healthcheck} with 200 within the timeout (0: no limit). */
  boolean isHealthy(int timeoutSeconds) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/healthcheck")).GET();
    if (timeoutSeconds > 0) {
      request.timeout(Duration.ofSeconds(timeoutSeconds));
    }
    try {
      return Shared.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Asks the server to stop a streamed query, waiting a short while at most: the caller drops
   * the query's response next, which stops it too, only less promptly.
   */
  void closeQuery(String queryId) {
    try {
      HttpRequest request = HttpRequest.newBuilder(jsonRequest("/close-query", Map.of("queryId", queryId)), (n, v) -> true)
          .timeout(CLOSE_QUERY_TIMEOUT)
          .build();
      Shared.HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (SQLException | IOException e) {
      // It ended on its own meanwhile, or the server is gone: either way it runs no more.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  JsonNode get(String path) throws SQLException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).GET().build();
    return json(send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /** Sends a JSON body and reads the whole JSON answer; an error object becomes a SQLException. */
  JsonNode post(String path, Object body) throws SQLException {
    return json(send(jsonRequest(path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /**
   * Sends a JSON body and returns the answer's body as it arrives, once the response has begun;
   * an error object becomes a SQLException.
   */
  InputStream postForStream(String path, Object body) throws SQLException {
    HttpResponse<InputStream> response = send(jsonRequest(path, body), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() == 200) {
      return response.body();
    }
    try (InputStream error = response.body()) {
      throw failure(response.statusCode(), new String(error.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw lost(e);
    }
  }

  private HttpRequest jsonRequest(String path, Object body) throws SQLException {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new SQLException("Cannot write the request as JSON: " + e.getOriginalMessage(), SqlStates.GENERAL_ERROR, e);
    }
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws SQLException {
    try {
      return Shared.HTTP.send(request, handler);
    } catch (ConnectException e) {
      throw new SQLException("Cannot reach the Eddy server at " + base + ": " + describe(e),
          SqlStates.CONNECTION_FAILURE, e);
    } catch (IOException e) {
      throw lost(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for the server at " + base + ".", SqlStates.OPERATION_CANCELLED, e);
    }
  }

  private JsonNode json(HttpResponse<String> response) throws SQLException {
    if (response.statusCode() != 200) {
      throw failure(response.statusCode(), response.body());
    }
    return parse(response.body());
  }

  JsonNode parse(String json) throws SQLException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("The server at " + base + " answered with something that is not JSON: "
          + e.getOriginalMessage(), SqlStates.CONNECTION_LOST, e);
    }
  }

  /** ksqlDB's error object ({@code error_code}, {@code message}) as a SQLException. */
  private SQLException failure(int status, String body) {
    JsonNode error;
    try {
      error = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      error = null;
    }
    if (error == null || !error.hasNonNull("message")) {
      return new SQLException("The server at " + base + " answered HTTP " + status + ": " + body.strip(),
          SqlStates.CONNECTION_LOST, status);
    }
    return SqlErrors.fromServer(error.path("error_code").asInt(status * 100), error.get("message").asText());
  }

  SQLException lost(IOException e) {
    return new SQLException("Lost the connection to the Eddy server at " + base + ": " + describe(e),
        SqlStates.CONNECTION_LOST, e);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
