package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example UDF project's jar, dropped into the extension directory, is usable from SQL. */
class ExtensionFunctionTest {

  @TempDir Path dataDir;
  @TempDir Path extensionDir;

  @Test
  void exampleUdfJarIsLoadedListedAndCallable() throws Exception {
    Files.copy(exampleJar(), extensionDir.resolve("example-udf.jar"));
    EngineConfig config = EngineConfig.of(dataDir).withProperties(Map.of("eddy.extension.dir", extensionDir.toString()));
    try (Engine engine = Engine.open(config)) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      StatementResult.Table described = (StatementResult.Table) session.execute("DESCRIBE FUNCTION fahrenheit;").get(0);
      assertThat(described.header()).contains("Source      : ").contains("example-udf.jar");
      assertThat(described.rows()).hasSize(2);

      session.execute("""
          CREATE STREAM readings (sensor STRING KEY, celsius DOUBLE) WITH (KAFKA_TOPIC='r', PARTITIONS=1, VALUE_FORMAT='JSON');
          INSERT INTO readings (sensor, celsius) VALUES ('a', 100.0);
          """);
      StatementResult.Streaming query = (StatementResult.Streaming) session.execute(
          "SELECT sensor, FAHRENHEIT(celsius) AS f FROM readings EMIT CHANGES LIMIT 1;").get(0);
      try (RowCursor rows = query.rows()) {
        assertThat(rows.poll(30, TimeUnit.SECONDS)).containsExactly("a", 212.0);
      }
    }
  }

  /** The reactor builds examples/udf before the engine (see the root pom's module order). */
  private static Path exampleJar() throws Exception {
    Path target = Path.of("..", "examples", "udf", "target");
    List<Path> jars = new ArrayList<>();
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(target, "eddy-example-udf-*.jar")) {
        stream.forEach(jars::add);
      }
    }
    assertThat(jars).as("examples/udf must be packaged first: mvn -pl examples/udf package").hasSize(1);
    return jars.get(0);
  }
}
