package dev.eddy.server;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A real server on 127.0.0.1, port 0, over an engine of its own, with an HTTP/1.1 client for it. */
final class TestServer implements AutoCloseable {

  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final Engine engine;
  final EddyServer server;

  private TestServer(Engine engine, EddyServer server) {
    this.engine = engine;
    this.server = server;
  }

  static TestServer start(Path dataDir, int maxRequestBytes) throws InterruptedException {
    Engine engine = Engine.open(EngineConfig.of(dataDir));
    try {
      return new TestServer(engine, EddyServer.start(engine, "127.0.0.1", 0, maxRequestBytes));
    } catch (InterruptedException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** A client of a server the test started over its own engine; closing it closes the server only. */
  static TestServer over(EddyServer server) {
    return new TestServer(null, server);
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

  @Override
  public void close() {
    server.close();
    if (engine != null) {
      engine.close();
    }
  }
}
