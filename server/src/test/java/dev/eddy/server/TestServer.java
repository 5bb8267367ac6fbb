package dev.eddy.server;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on 127.0.0.1, port 0, over an engine of its own, with an HTTP/1.1 client for it.
 * As a static {@code @RegisterExtension} field it serves one test class: started before its
 * tests on a fresh data directory, closed and removed after them.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {

  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final int maxRequestBytes;
  private Path dataDir;
  private Engine engine;
  EddyServer server;

  private TestServer(int maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** A server for a test class, whose request limit is {@code maxRequestBytes}. */
  static TestServer withRequestLimit(int maxRequestBytes) {
    return new TestServer(maxRequestBytes);
  }

  /** A client of a server the test started itself over its own engine. */
  static TestServer over(EddyServer server) {
    TestServer client = new TestServer(0);
    client.server = server;
    return client;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dataDir = Files.createTempDirectory("eddy-server-test-");
    engine = Engine.open(EngineConfig.of(dataDir));
    server = EddyServer.start(engine, "127.0.0.1", 0, maxRequestBytes);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      server.close();
    } finally {
      engine.close();
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> {
          try {
            Files.delete(path);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  int port() {
    return server.port();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpRequest request(String path, String body) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(request(path, body), HttpResponse.BodyHandlers.ofString());
  }
}
