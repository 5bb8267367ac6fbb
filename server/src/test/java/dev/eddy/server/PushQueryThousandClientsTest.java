package dev.eddy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thousand clients running the same push query over one stream at once: they share one reader,
 * so each costs the server a connection, a queue and a streaming thread rather than a query.
 */
@Timeout(300)
class PushQueryThousandClientsTest {

  private static final int CLIENTS = 1_000;
  /**
   * A coarse ceiling that catches memory growing with rows or queries rather than clients: the
   * run that set it measured about 33 KB a client, both ends of the connection included.
   */
  private static final long MAX_HEAP_GROWTH_BYTES = 256L << 20;

  @RegisterExtension static final TestServer server = TestServer.withRequestLimit(65536);

  @Test
  void aThousandClientsEachGetARowInsertedAfterTheyStarted() throws Exception {
    assertThat(server.post("/ksql", "{\"ksql\":\"CREATE STREAM readings (id INT KEY, reading INT) WITH ("
        + "KAFKA_TOPIC='readings', PARTITIONS=2, VALUE_FORMAT='JSON');\"}").statusCode()).isEqualTo(200);
    long heapBefore = heapUsedAfterGc();

    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      responses.add(TestServer.CLIENT.sendAsync(server.request("/query-stream",
          "{\"sql\":\"SELECT id, reading FROM readings EMIT CHANGES LIMIT 1;\"}"),
          HttpResponse.BodyHandlers.ofString()));
    }
    Await.until(() -> server.server.activeQueries().size() == CLIENTS);
    long heapListening = heapUsedAfterGc();

    insertRow("{\"id\":7,\"reading\":42}");
    for (int client = 0; client < CLIENTS; client++) {
      HttpResponse<String> response = responses.get(client).get(120, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body().lines().skip(1).toList()).as("client " + client).containsExactly("[7,42]");
    }
    Await.until(() -> server.server.activeQueries().isEmpty());

    long growth = heapListening - heapBefore;
    System.out.printf("heap used (after GC) before the clients: %d MB; with %d push queries listening: %d MB;"
        + " %d KB per client (server and clients share this JVM)%n",
        heapBefore >> 20, CLIENTS, heapListening >> 20, growth / CLIENTS >> 10);
    assertThat(growth).isLessThan(MAX_HEAP_GROWTH_BYTES);
  }

  private static void insertRow(String row) throws Exception {
    try (InsertsStreamConnection inserts = new InsertsStreamConnection(server.port())) {
      inserts.send("{\"target\":\"readings\"}");
      inserts.send(row);
      inserts.finish();
      assertThat(inserts.nextJson()).isEqualTo("{\"status\":\"ok\",\"seq\":0}");
    }
  }

  /** Heap in use once a full collection has had its chance: a rough figure, not a guarantee. */
  private static long heapUsedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
