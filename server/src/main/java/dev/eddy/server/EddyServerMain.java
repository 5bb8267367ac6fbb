package dev.eddy.server;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.HeadlessDeployment;
import dev.eddy.engine.StatementException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/eddy-server}: one engine on a data directory, served over HTTP until SIGTERM. */
@Command(name = "eddy-server", mixinStandardHelpOptions = true, versionProvider = EddyServerMain.Version.class,
    description = "Serves Eddy's HTTP API (ksqlDB's /ksql and /query-stream) over an engine on DIR.")
public final class EddyServerMain implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(EddyServerMain.class);

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the engine keeps its log.")
  Path dataDir;

  @Option(names = "--port", required = true, paramLabel = "N", description = "Port to listen on; 0 picks a free one.")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--max-request-bytes", paramLabel = "BYTES",
      description = "Largest request body accepted; larger ones get 413 (default: max.request.bytes from --config, "
          + "else " + EddyServer.DEFAULT_MAX_REQUEST_BYTES + ").")
  Integer maxRequestBytes;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file: max.request.bytes for the server, every other key a default for the "
          + "engine's sessions (e.g. auto.offset.reset).")
  Path configFile;

  @Option(names = "--queries-file", paramLabel = "FILE",
      description = "Headless mode: run this file's statements at start (those already in effect are skipped, so a "
          + "restart does not duplicate queries) and refuse statements from clients that would change the deployment.")
  Path queriesFile;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EddyServerMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    ServerConfigFile config;
    String queries;
    int requestLimit;
    try {
      config = configFile == null ? ServerConfigFile.NONE : ServerConfigFile.load(configFile);
      requestLimit = maxRequestBytes != null ? maxRequestBytes
          : config.maxRequestBytes().orElse(EddyServer.DEFAULT_MAX_REQUEST_BYTES);
      queries = queriesFile == null ? null : Files.readString(queriesFile, StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("eddy-server: " + e.getMessage());
      return 2;
    }
    Engine engine = Engine.open(new EngineConfig(dataDir, config.engineProperties()));
    EddyServer server;
    try {
      if (queries != null) {
        HeadlessDeployment.apply(engine, queries, Map.of()).forEach(line -> LOG.info("{}: {}", queriesFile, line));
      }
      server = EddyServer.start(engine, new ServerSettings(bind, port, requestLimit, queries != null));
    } catch (StatementException e) {
      engine.close();
      System.err.println("eddy-server: " + queriesFile + ": " + e.getMessage());
      return 1;
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
