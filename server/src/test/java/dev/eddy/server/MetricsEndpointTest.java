package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /metrics after some traffic: requests, inserts and persistent queries all have series. */
@Timeout(120)
class MetricsEndpointTest {

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(4096);
  private static final HttpClient CLIENT = TestServer.CLIENT;

  @Test
  void requestsInsertsAndPersistentQueriesShowInPrometheusText() throws Exception {
    // Two views of one topic: rows written through the first are unreadable as the second's INT.
    HttpResponse<String> created = post("/ksql", "{\"ksql\":\"CREATE STREAM raw (id INT KEY, amount STRING) "
        + "WITH (KAFKA_TOPIC='amounts', PARTITIONS=1, VALUE_FORMAT='JSON'); "
        + "CREATE STREAM typed (id INT KEY, amount INT) WITH (KAFKA_TOPIC='amounts', VALUE_FORMAT='JSON'); "
        + "CREATE STREAM doubled AS SELECT id, amount * 2 AS twice FROM typed EMIT CHANGES;\"}");
    assertThat(created.statusCode()).isEqualTo(200);
    String queryId = Json.MAPPER.readTree(created.body()).get(2).get("commandStatus").get("queryId").asText();
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"raw\"}");
      inserts.send("{\"id\":1,\"amount\":\"10\"}");
      inserts.send("{\"id\":2,\"amount\":\"twelve\"}");
      inserts.send("{\"id\":3,\"amount\":\"14\"}");
      inserts.send("{\"id\":4,\"nope\":\"14\"}");
      inserts.finish();
      while (inserts.nextJson() != null) {
        // Every ack is read, so every row is in before the metrics are.
      }
    }
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);

    String tags = "{query_id=\"" + queryId + "\",sink=\"DOUBLED\"}";
    String metrics = awaitMetric("eddy_query_records_read_total" + tags, 3);
    assertThat(valueOf(metrics, "eddy_query_processing_errors_total" + tags)).isEqualTo(1);
    assertThat(valueOf(metrics, "eddy_query_running" + tags)).isEqualTo(1);
    assertThat(metrics).contains("eddy_query_lag_records" + tags);
    assertThat(valueOf(metrics, "eddy_inserts_rows_total{status=\"ok\"}")).isEqualTo(3);
    assertThat(valueOf(metrics, "eddy_inserts_rows_total{status=\"error\"}")).isEqualTo(1);
    assertThat(valueOf(metrics, "eddy_http_requests_seconds_count{endpoint=\"/ksql\",method=\"POST\",status=\"200\"}"))
        .isEqualTo(1);
    assertThat(valueOf(metrics, "eddy_http_requests_seconds_count{endpoint=\"other\",method=\"GET\",status=\"404\"}"))
        .isEqualTo(1);
    assertThat(metrics).contains("eddy_http_requests_seconds_sum{endpoint=\"/inserts-stream\",method=\"POST\",status=\"200\"}")
        .contains("eddy_push_queries_active 0");

    HttpResponse<String> response = get("/metrics");
    assertThat(response.headers().firstValue("content-type")).hasValue(MetricsHandler.CONTENT_TYPE);
  }

  /** Queries read on their own threads: scrape until the counter gets there. */
  private static String awaitMetric(String series, double atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      String metrics = get("/metrics").body();
      if (valueOf(metrics, series) >= atLeast) {
        return metrics;
      }
      assertThat(System.nanoTime()).as(series + " reaches " + atLeast + " within 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static double valueOf(String metrics, String series) {
    Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
    return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return server.post(path, body);
  }

  private static URI uri(String path) {
    return server.uri(path);
  }
}
