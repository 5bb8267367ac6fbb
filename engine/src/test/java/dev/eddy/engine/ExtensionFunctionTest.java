package dev.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;
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

  /** {@code LENGTHS(n, strings..., k)}: n plus the strings' lengths plus k, summed. */
  @UdafDescription(name = "lengths", description = "A variadic column followed by a literal.")
  public static final class Lengths {
    @UdafFactory
    public static Udaf<Pair<Long, VariadicArgs<String>>, Long, Long> create(int k) {
      return new Udaf<>() {
        @Override
        public Long initialize() {
          return (long) k;
        }

        @Override
        public Long aggregate(Pair<Long, VariadicArgs<String>> row, Long sum) {
          return sum + row.left() + row.right().stream().mapToLong(String::length).sum();
        }

        @Override
        public Long merge(Long left, Long right) {
          return left + right;
        }

        @Override
        public Long map(Long sum) {
          return sum;
        }
      };
    }
  }

  @Test
  void classPathAggregateTakesVariadicColumnsBeforeItsLiteral() throws Exception {
    EngineConfig config = EngineConfig.of(dataDir)
        .withProperties(Map.of("eddy.extension.classes", Lengths.class.getName()));
    try (Engine engine = Engine.open(config)) {
      Session session = engine.newSession(Map.of("auto.offset.reset", "earliest"));
      session.execute("""
          CREATE STREAM words (k STRING KEY, n BIGINT, a STRING, b STRING)
            WITH (KAFKA_TOPIC='w', PARTITIONS=1, VALUE_FORMAT='JSON');
          INSERT INTO words (k, n, a, b) VALUES ('x', 1, 'ab', 'cde');
          """);
      StatementResult.Streaming query = (StatementResult.Streaming) session.execute(
          "SELECT k, LENGTHS(n, a, 'fg', b, 10) AS total FROM words GROUP BY k EMIT CHANGES LIMIT 1;")
          .get(0);
      try (RowCursor rows = query.rows()) {
        assertThat(rows.poll(30, TimeUnit.SECONDS)).containsExactly("x", 18L);
      }
      assertThatThrownBy(() -> session.execute(
          "SELECT k, LENGTHS(n, a, CAST(n AS INT)) FROM words GROUP BY k EMIT CHANGES;"))
          .isInstanceOf(StatementException.class)
          .hasMessageContaining("must be a literal");
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
