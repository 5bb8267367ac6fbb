package dev.eddy.engine;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.codegen.RowTransformCompiler;
import dev.eddy.engine.command.Command;
import dev.eddy.engine.command.CommandLog;
import dev.eddy.engine.exec.EngineContext;
import dev.eddy.engine.exec.SessionState;
import dev.eddy.engine.exec.StatementContext;
import dev.eddy.engine.exec.StatementExecutor;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.engine.function.FunctionClassLoader;
import dev.eddy.engine.plan.EddyTypeSystem;
import dev.eddy.engine.plan.QueryPlanner;
import dev.eddy.engine.plan.Validators;
import dev.eddy.engine.processinglog.ProcessingLogger;
import dev.eddy.engine.processinglog.TopicProcessingLogger;
import dev.eddy.engine.query.QueryLauncher;
import dev.eddy.engine.query.QueryRegistry;
import dev.eddy.engine.runtime.task.TaskRunner;
import dev.eddy.functions.registry.FunctionRegistry;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.LogStore;
import dev.eddy.sql.EddySqlParser;
import dev.eddy.sql.ParsedStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eddy's engine: the log, the catalog, and the queries running over them. Clients (the JDBC
 * driver, the server, tests) open one per data directory and talk to it through
 * {@link Session}s. On open it replays its command log, so streams, tables and persistent
 * queries come back after a restart or a crash.
 */
public final class Engine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /** The stream users query to see what the engine skipped and why. */
  private static final String PROCESSING_LOG_STREAM = "CREATE STREAM IF NOT EXISTS EDDY_PROCESSING_LOG ("
      + "LOGGED_AT TIMESTAMP, QUERY_ID STRING, OPERATOR STRING, ERROR_TYPE STRING, MESSAGE STRING, CAUSE STRING, "
      + "RECORD_TOPIC STRING, RECORD_PARTITION INT, RECORD_OFFSET BIGINT, RECORD_KEY STRING, RECORD_VALUE STRING, "
      + "FAILED_ROW STRING) "
      + "WITH (KAFKA_TOPIC='" + ProcessingLogger.TOPIC + "', VALUE_FORMAT='JSON', KEY_FORMAT='NONE')";

  private final EngineConfig config;
  private final Path temporaryDir;
  private final LogStore log;
  private final TaskRunner runner;
  private final EngineContext context;
  private final StatementExecutor executor;

  private Engine(EngineConfig config, Path dataDir, Path temporaryDir) {
    this.config = config;
    this.temporaryDir = temporaryDir;
    this.log = FileLogStore.open(dataDir);
    this.runner = new TaskRunner(Math.max(2, Runtime.getRuntime().availableProcessors()), 100);
    JavaTypeFactoryImpl types = new JavaTypeFactoryImpl(EddyTypeSystem.INSTANCE);
    Catalog catalog = new Catalog();
    FunctionRegistry functions = FunctionRegistry.load(config.properties());
    functions.problems().forEach(problem -> LOG.warn("A user function was not loaded: {}", problem));
    Validators validators = new Validators(catalog, types, EddyOperatorTable.of(functions));
    TopicProcessingLogger processingLog = TopicProcessingLogger.open(log);
    this.context = new EngineContext(log, catalog, new CommandLog(log), validators, new QueryPlanner(validators),
        new RowTransformCompiler(types, FunctionClassLoader.of(functions, Engine.class.getClassLoader())),
        functions, new QueryRegistry(),
        new QueryLauncher(log, runner, types, processingLog), config.properties());
    this.executor = new StatementExecutor(context);
  }

  /** Opens an engine on a data directory (created if missing), replaying its command log. */
  public static Engine open(EngineConfig config) {
    Path temporaryDir = null;
    Path dataDir = config.dataDir();
    if (dataDir == null) {
      try {
        temporaryDir = Files.createTempDirectory("eddy-mem-");
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create a temporary data directory", e);
      }
      dataDir = temporaryDir;
    }
    Engine engine = new Engine(config, dataDir, temporaryDir);
    try {
      engine.start();
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  private void start() {
    runInternal(PROCESSING_LOG_STREAM);
    for (Command command : context.commands().readAll()) {
      replay(command);
    }
  }

  /** A new session whose properties start as the engine's defaults plus {@code properties}. */
  public Session newSession(Map<String, String> properties) {
    return new Session(executor, new SessionState(config.properties(), properties));
  }

  public Session newSession() {
    return newSession(Map.of());
  }

  /** Runs {@code sql} in a session of its own. */
  public List<StatementResult> execute(String sql, Map<String, String> properties) {
    return newSession(properties).execute(sql);
  }

  EngineContext context() {
    return context;
  }

  /**
   * The log the engine's topics live in, for tools that write or read records directly (the
   * conformance runner feeding test records, benchmarks). Statements are the way for users.
   */
  public LogStore log() {
    return log;
  }

  /**
   * Waits until every running persistent query has read each of its inputs to the end — its
   * internal topics too, so a record appended before the call has gone all the way through.
   * For tests and tools that feed records one at a time and need each one processed before the
   * next, as Kafka Streams' test driver processes a record as it is piped in.
   *
   * @return false when the queries were still behind after {@code timeout}
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!context.queries().all().stream().allMatch(query -> query.tasks().caughtUp())) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(1);
    }
    return true;
  }

  private void runInternal(String sql) {
    SessionState session = new SessionState(config.properties(), Map.of());
    for (ParsedStatement statement : EddySqlParser.parseStatements(sql)) {
      executor.execute(statement.node(), new StatementContext(statement.text(), session, true, null));
    }
  }

  /** Re-runs an accepted statement; one that no longer runs is logged and skipped, not fatal. */
  private void replay(Command command) {
    if (command.queryId() != null) {
      context.queries().reserve(command.queryId());
    }
    SessionState session = new SessionState(config.properties(), command.properties());
    session.variables().putAll(command.variables());
    try {
      for (ParsedStatement statement : EddySqlParser.parseStatements(command.statement(), command.variables())) {
        executor.execute(statement.node(), new StatementContext(statement.text(), session, true, command.queryId()));
      }
    } catch (RuntimeException e) {
      LOG.error("Replaying a command failed; it is skipped: {}", command.statement(), e);
    }
  }

  @Override
  public void close() {
    context.queries().stopAll();
    runner.close();
    log.close();
    if (temporaryDir != null) {
      deleteRecursively(temporaryDir);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Could not delete temporary data directory {}", dir, e);
    }
  }
}
