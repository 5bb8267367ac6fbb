package dev.eddy.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.RowCursor;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code scenarios/*.sql} file (see {@link Scenario} for the format) against a real
 * engine on a temporary data directory, one test per file.
 */
class ScenarioTest {

  private static final long ROW_WAIT_SECONDS = 30;

  @TempDir Path tempDir;

  @TestFactory
  Stream<DynamicTest> scenarios() throws Exception {
    Path dir = Paths.get(ScenarioTest.class.getResource("/scenarios").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      // -Dscenario=11 runs only the files whose names start with it, while working on one.
      String only = System.getProperty("scenario", "");
      files = listing.filter(p -> p.toString().endsWith(".sql") && p.getFileName().toString().startsWith(only))
          .sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
  }

  private void run(Path file) throws Exception {
    Scenario scenario = Scenario.parse(file.getFileName().toString(), Files.readString(file));
    Path dataDir = tempDir.resolve(scenario.name());
    Engine engine = Engine.open(EngineConfig.of(dataDir));
    try {
      Session session = engine.newSession();
      for (Scenario.Step step : scenario.steps()) {
        if (step.restart()) {
          engine.close();
          engine = Engine.open(EngineConfig.of(dataDir));
          session = engine.newSession();
          continue;
        }
        List<String> actual = execute(session, step);
        assertThat(actual).as("%s, statement at line %d:%n%s", scenario.name(), step.line(), step.statement())
            .isEqualTo(step.expected());
      }
    } finally {
      engine.close();
    }
  }

  private static List<String> execute(Session session, Scenario.Step step) throws InterruptedException {
    List<StatementResult> results;
    try {
      results = session.execute(step.statement());
    } catch (StatementException e) {
      return List.of("ERROR " + e.getMessage().lines().findFirst().orElse(""));
    }
    StatementResult result = results.get(0);
    if (result instanceof StatementResult.Message message) {
      return step.expected().isEmpty() ? List.of() : List.of(message.message());
    }
    if (result instanceof StatementResult.Table table) {
      return table.rows().stream().map(ScenarioTest::render).toList();
    }
    // A stream has no end: read as many rows as expected, then close it.
    StatementResult.Streaming streaming = (StatementResult.Streaming) result;
    List<String> rows = new ArrayList<>();
    try (RowCursor cursor = streaming.rows()) {
      while (rows.size() < step.expected().size()) {
        List<Object> row = cursor.poll(ROW_WAIT_SECONDS, TimeUnit.SECONDS);
        if (row == null) {
          break;
        }
        rows.add(render(row));
      }
    }
    return rows;
  }

  private static String render(List<Object> row) {
    return row.stream().map(String::valueOf).collect(Collectors.joining(" | ")).stripTrailing();
  }
}
