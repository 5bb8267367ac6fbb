package dev.eddy.server;

import dev.eddy.engine.Engine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;

/** The server's meters, in one Prometheus registry that GET /metrics scrapes. Thread-safe. */
final class ServerMetrics {

  /** Paths that get a series of their own; any other path counts as "other", so a scanner cannot grow the series. */
  private static final Set<String> ENDPOINTS = Set.of("/ksql", "/query-stream", "/close-query",
      InsertsStreamHandler.PATH, "/info", "/healthcheck", MetricsHandler.PATH);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final QueryMeters queries;
  private final Counter rowsAcked;
  private final Counter rowsRefused;

  ServerMetrics(Engine engine, ActiveQueries pushQueries) {
    this.queries = new QueryMeters(engine, registry);
    Gauge.builder("eddy.push.queries.active", pushQueries, active -> active.ids().size())
        .description("Push queries being streamed to clients now").register(registry);
    this.rowsAcked = insertedRows("ok");
    this.rowsRefused = insertedRows("error");
  }

  private Counter insertedRows(String status) {
    return Counter.builder("eddy.inserts.rows").description("Rows sent to /inserts-stream, by their ack")
        .tag("status", status).register(registry);
  }

  /** One answered request; streams count once their response ends. */
  void recordRequest(String path, String method, int status, long nanos) {
    Timer.builder("eddy.http.requests").description("HTTP requests by endpoint, method and status")
        .tags("endpoint", ENDPOINTS.contains(path) ? path : "other", "method", method, "status", Integer.toString(status))
        .register(registry).record(Duration.ofNanos(nanos));
  }

  void countInsertedRow(boolean acked) {
    (acked ? rowsAcked : rowsRefused).increment();
  }

  /** Every meter in Prometheus' text format, with the queries' counters read now. */
  String scrape() {
    queries.refresh();
    return registry.scrape();
  }
}
