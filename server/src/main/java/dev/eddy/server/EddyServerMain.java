package dev.eddy.server;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/eddy-server}: one engine on a data directory, served over HTTP until SIGTERM. */
@Command(name = "eddy-server", mixinStandardHelpOptions = true, versionProvider = EddyServerMain.Version.class,
    description = "Serves Eddy's HTTP API (ksqlDB's /ksql and /query-stream) over an engine on DIR.")
public final class EddyServerMain implements Callable<Integer> {

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the engine keeps its log.")
  Path dataDir;

  @Option(names = "--port", required = true, paramLabel = "N", description = "Port to listen on; 0 picks a free one.")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--max-request-bytes", defaultValue = "" + EddyServer.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
      description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  int maxRequestBytes;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EddyServerMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Engine engine = Engine.open(EngineConfig.of(dataDir));
    EddyServer server;
    try {
      server = EddyServer.start(engine, bind, port, maxRequestBytes);
    } catch (Exception e) {
      engine.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM runs the hook: stop serving first so no request reaches a closing engine, then
    // close the engine so the log is flushed and marked clean.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        engine.close();
      } finally {
        stopped.countDown();
      }
    }, "eddy-server-shutdown"));
    // Scripts wait for this exact line; it is printed only once the port accepts connections.
    System.out.println("Eddy server listening on http://" + bind + ":" + server.port());
    System.out.flush();
    stopped.await();
    return 0;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Eddy " + InfoHandler.VERSION};
    }
  }
}
