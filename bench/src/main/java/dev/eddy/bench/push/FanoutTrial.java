package dev.eddy.bench.push;

import dev.eddy.engine.Engine;
import dev.eddy.server.EddyServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One run: a fresh stream, {@code clients} identical push queries on it over HTTP, then rows
 * inserted at a steady rate; each client stops after the last row (its LIMIT).
 */
final class FanoutTrial {

  /** How long the clients may take to connect, and to drain after the last insert. */
  private static final long PATIENCE_SECONDS = 120;

  private final Engine engine;
  private final EddyServer server;
  private final int port;
  private int streams;

  FanoutTrial(Engine engine, EddyServer server) {
    this.engine = engine;
    this.server = server;
    this.port = server.port();
  }

  FanoutRun run(int clients, int rowsPerSecond, int rows) throws Exception {
    String stream = "fanout_" + ++streams;
    engine.execute("CREATE STREAM " + stream + " (id BIGINT) WITH (KAFKA_TOPIC='" + stream
        + "', PARTITIONS=1, VALUE_FORMAT='JSON', KEY_FORMAT='NONE');", Map.of());
    // A client of its own a run, gone before the next run, so no run's heap holds another's connections.
    Set<Thread> clientThreadsBefore = Thread.getAllStackTraces().keySet();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLongArray ackNanos = new AtomicLongArray(rows);
    Recorder latencies = new Recorder(3);
    List<PushClient> listeners = new ArrayList<>();
    HttpRequest query = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/query-stream"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"sql\":\"SELECT id FROM " + stream + " EMIT CHANGES LIMIT " + rows + ";\"}"))
        .build();
    for (int i = 0; i < clients; i++) {
      PushClient client = new PushClient(ackNanos, latencies);
      listeners.add(client);
      http.sendAsync(query, HttpResponse.BodyHandlers.fromLineSubscriber(client))
          .whenComplete((response, error) -> {
            if (error != null) {
              client.onError(error);
            }
          });
    }
    CompletableFuture.allOf(listeners.stream().map(PushClient::listening).toArray(CompletableFuture[]::new))
        .get(PATIENCE_SECONDS, TimeUnit.SECONDS);

    new PacedInserter(port, stream).run(rowsPerSecond, ackNanos);
    long heap = heapUsedAfterGc();
    try {
      CompletableFuture.allOf(listeners.stream().map(PushClient::ended).toArray(CompletableFuture[]::new))
          .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // Reported below as clients that did not get every row.
    }
    listeners.forEach(PushClient::cancel);
    awaitQueriesClosed();
    http = null;
    awaitClientThreadsGone(clientThreadsBefore);

    Histogram histogram = latencies.getIntervalHistogram();
    long delivered = listeners.stream().mapToLong(PushClient::rows).sum();
    int cutOff = (int) listeners.stream().filter(c -> c.rows() < rows).count();
    long beforeAck = listeners.stream().mapToLong(PushClient::beforeAck).sum();
    return new FanoutRun(histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99), heap,
        delivered, (long) rows * clients, cutOff, beforeAck);
  }

  /** The next run must not share the machine with this run's leftovers. */
  private void awaitQueriesClosed() throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!server.activeQueries().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(server.activeQueries().size() + " push queries still open");
      }
      Thread.sleep(10);
    }
  }

  /**
   * An HttpClient (before Java 21's close) lets go of its connections once it is unreachable and
   * its selector thread notices; collect until that thread has ended.
   */
  private static void awaitClientThreadsGone(Set<Thread> before) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> !before.contains(t)
        && t.getName().startsWith("HttpClient-") && t.getName().endsWith("SelectorManager"))) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("The run's HTTP client is still running");
      }
      System.gc();
      Thread.sleep(100);
    }
  }

  /** Heap in use once a full collection has run: server, clients and this harness together. */
  static long heapUsedAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
