package dev.eddy.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.conformance.udf.TestFunctions;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs one QTT run in a fresh engine over a temporary data directory and judges it as README §6 says, with error
 * categories instead of ksqlDB's wording ({@link ErrorCategory}).
 */
public final class CaseRunner {

  /** The topic behind the engine's EDDY_PROCESSING_LOG stream. */
  private static final String PROCESSING_LOG_TOPIC = "eddy_processing_log";

  private final FormatFilter formats;
  private final long timeoutMillis;

  public CaseRunner(FormatFilter formats, long timeoutMillis) {
    this.formats = formats;
    this.timeoutMillis = timeoutMillis;
  }

  public Outcome run(QttRun run) {
    if (!run.enabled()) {
      return Outcome.skipped(run, "disabled");
    }
    String skip = formats.skipReason(run);
    if (skip != null) {
      return Outcome.skipped(run, skip);
    }
    long start = System.nanoTime();
    // A thread per run, so a run that hangs can be abandoned without stalling the rest.
    FutureTask<Outcome> task = new FutureTask<>(() -> execute(run, start));
    Thread thread = new Thread(task, "qtt-" + run.displayName());
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      return Outcome.failed(run, "timed out after " + timeoutMillis + " ms", elapsed(start));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return Outcome.failed(run, "runner error: " + cause, elapsed(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(run, "interrupted", elapsed(start));
    }
  }

  private Outcome execute(QttRun run, long start) throws InterruptedException {
    Path dataDir = createTempDirectory();
    try {
      List<TopicSetup.Input> inputs = TopicSetup.prepare(run, dataDir);
      return execute(run, dataDir, inputs, start);
    } finally {
      deleteRecursively(dataDir);
    }
  }

  private Outcome execute(QttRun run, Path dataDir, List<TopicSetup.Input> inputs, long start)
      throws InterruptedException {
    // ksqlDB's harness has its test functions (TEST_UDF, VAR_ARG, ...) on its class path.
    EngineConfig config = EngineConfig.of(dataDir).withProperties(TestFunctions.engineProperties());
    try (Engine engine = Engine.open(config)) {
      Session session = engine.newSession(sessionProperties(run));
      Script script = new Script(run.statements());
      List<StatementResult> results;
      try {
        results = session.execute(script.text());
      } catch (StatementException e) {
        return judgeStatementError(run, script, e, start);
      }
      long queries = results.stream()
          .filter(r -> r instanceof StatementResult.Message m && m.queryId() != null).count();
      if (run.negative()) {
        // Eddy skips a record that fails to process and logs it (the design's "bad data never
        // stops a query"), so once every statement succeeded nothing more can be thrown.
        return Outcome.failed(run, "expected " + expected(run) + " error, but every statement succeeded",
            elapsed(start));
      }
      if (queries == 0) {
        return Outcome.failed(run, "test did not generate any queries", elapsed(start));
      }
      boolean caughtUp = feed(engine, inputs, start);
      String difference = compareOutputs(run, engine, session);
      if (difference != null && !caughtUp) {
        difference += " (the queries had not caught up with their inputs when the outputs were read)";
      }
      return difference == null ? Outcome.passed(run, elapsed(start)) : Outcome.failed(run, difference, elapsed(start));
    }
  }

  /**
   * Writes the inputs one at a time, each processed all the way through before the next, as
   * Kafka Streams' test driver processes a record as it is piped in: so records of different
   * topics meet in the order the case lists them, not in the order a running task would pick
   * (the oldest event time first), which the cases' expected outputs assume. The last wait also
   * covers a run without inputs, whose queries read what its statements inserted.
   *
   * @return whether every query caught up before the run's time for processing ran out
   */
  private boolean feed(Engine engine, List<TopicSetup.Input> inputs, long start) throws InterruptedException {
    // Leave the run's last fifth for reading, judging and closing the engine.
    long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis * 4 / 5);
    for (TopicSetup.Input input : inputs) {
      engine.log().topic(input.topic()).partition(0).append(List.of(input.record()));
      if (!engine.awaitCaughtUp(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
        return false;
      }
    }
    return engine.awaitCaughtUp(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }

  private Outcome judgeStatementError(QttRun run, Script script, StatementException e, long start) {
    ErrorCategory actual = ErrorCategory.of(e);
    int failed = script.statementAt(e.line());
    String where = failed < 0 ? "" : " (statement " + (failed + 1) + " of " + run.statements().size() + ")";
    String reason = firstLine(e.reason());
    if (!run.negative()) {
      return Outcome.failed(run, "statement failed" + where + ": " + reason, elapsed(start));
    }
    ErrorCategory wanted = expected(run);
    if (!wanted.accepts(actual)) {
      return Outcome.failed(run, "expected " + wanted + " error but got " + actual + where + ": " + reason,
          elapsed(start));
    }
    // Upstream: a refused statement must be the last one; a syntax error is found when the whole
    // script is parsed, before anything runs, so its position does not matter.
    if (actual == ErrorCategory.STATEMENT && failed >= 0 && failed != run.statements().size() - 1) {
      return Outcome.failed(run, "an earlier statement was refused" + where + ": " + reason, elapsed(start));
    }
    return Outcome.passed(run, elapsed(start));
  }

  private static String compareOutputs(QttRun run, Engine engine, Session session) {
    Map<String, List<JsonNode>> byTopic = new LinkedHashMap<>();
    for (JsonNode output : run.outputs()) {
      byTopic.computeIfAbsent(output.path("topic").asText(), t -> new ArrayList<>()).add(output);
    }
    TopicReader reader = new TopicReader(engine.log());
    for (Map.Entry<String, List<JsonNode>> topic : byTopic.entrySet()) {
      List<ActualRecord> actual;
      try {
        actual = OutputDecoder.forTopic(topic.getKey(), session, run).decode(reader.read(topic.getKey()));
      } catch (StatementException e) {
        return "topic " + topic.getKey() + " cannot be read: " + firstLine(e.reason());
      }
      String difference = OutputComparator.compare(topic.getKey(), topic.getValue(), actual, run.inputs().isEmpty());
      if (difference != null) {
        return difference + firstProcessingError(reader);
      }
    }
    return null;
  }

  /**
   * Why records went missing is usually in the engine's processing log (a record it skipped),
   * so the first entry's message is the most readable explanation of a difference.
   */
  private static String firstProcessingError(TopicReader reader) {
    try {
      List<ActualRecord> entries = reader.read(PROCESSING_LOG_TOPIC);
      if (entries.isEmpty() || entries.get(0).value() == null) {
        return "";
      }
      JsonNode entry = CaseLoader.JSON.readTree(entries.get(0).value());
      return " [processing log: " + entry.path("MESSAGE").asText(entry.toString()) + "]";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * The case's properties reach the session as they are; Eddy ignores the ksqlDB and Kafka
   * Streams keys it does not know. The harness-only comparison switch is the runner's, not the engine's.
   */
  private static Map<String, String> sessionProperties(QttRun run) {
    Map<String, String> properties = new LinkedHashMap<>(run.properties());
    properties.remove("use.exact.numeric.comparison");
    // ksqlDB's harness starts every query at the beginning of its sources.
    properties.putIfAbsent("auto.offset.reset", "earliest");
    return properties;
  }

  private static ErrorCategory expected(QttRun run) {
    JsonNode type = run.expectedException().get("type");
    return ErrorCategory.expected(type == null ? null : type.asText());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "(no message)";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("eddy-qtt-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a data directory for a run", e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory does not change any outcome.
    }
  }

  private static long elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** The statements as one script, remembering which lines each one spans. */
  static final class Script {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> firstLines = new ArrayList<>();

    Script(List<String> statements) {
      int line = 1;
      for (String statement : statements) {
        firstLines.add(line);
        text.append(statement).append('\n');
        line += statement.split("\r\n|\r|\n", -1).length;
      }
    }

    String text() {
      return text.toString();
    }

    /** The index of the statement that holds {@code line}, or -1 when the line is unknown. */
    int statementAt(int line) {
      if (line <= 0) {
        return -1;
      }
      int index = -1;
      for (int i = 0; i < firstLines.size() && firstLines.get(i) <= line; i++) {
        index = i;
      }
      return index;
    }
  }
}
