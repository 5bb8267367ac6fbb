package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch mode end to end over the fake driver: what goes to stdout, stderr, and the exit status. */
class ScriptRunnerTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int eddy(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--jdbc-url";
    all[1] = "jdbc:fake:test";
    System.arraycopy(args, 0, all, 2, args.length);
    return EddyShell.run(all, InputStream.nullInputStream(), out, err);
  }

  @Test
  void runsEachStatementAndPrintsTablesAndMessages() {
    assertThat(eddy("-e", "CREATE STREAM s (id INT) WITH (kafka_topic='s;1'); SHOW STREAMS;")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
        Done: CREATE.
        +-------------+-------------+
        | Stream Name | Kafka Topic |
        +-------------+-------------+
        | PAGEVIEWS   | pageviews   |
        +-------------+-------------+
        """);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void csvPutsOnlyDataOnStandardOutput() {
    assertThat(eddy("--output", "csv", "-e", "CREATE STREAM s (id INT); SELECT * FROM s EMIT CHANGES LIMIT 1;")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ID,NAME\n1,alice\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
        Done: CREATE.
        Query ended after 1 row.
        """);
  }

  @Test
  void stopsAtTheFirstFailingStatementOfAFileAndSaysWhichAndWhere() throws Exception {
    Path script = dir.resolve("setup.sql");
    Files.writeString(script, "CREATE STREAM a (id INT);\n\n-- the second one fails\nSELECT * FROM FAIL;\nCREATE STREAM never (id INT);\n");
    assertThat(eddy("-f", script.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
        "Statement 2 of " + script + " (line 3) failed:\n"
            + "line 1:8: FAIL is not a stream\n"
            + "-- the second one fails\n"
            + "       ^\n");
    assertThat(FakeDriver.EXECUTED).doesNotContain("CREATE STREAM never (id INT);");
  }

  @Test
  void runScriptRunsAFileFromTheClientSide() throws Exception {
    Path script = dir.resolve("it's.sql");
    Files.writeString(script, "CREATE TABLE t (id INT PRIMARY KEY);\n");
    assertThat(eddy("-e", "RUN SCRIPT '" + script.toString().replace("'", "''") + "'; DROP TABLE t;")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("Done: CREATE.\nDone: DROP.\n");
  }

  @Test
  void aMissingScriptIsAFailure() {
    assertThat(eddy("-e", "RUN SCRIPT '" + dir.resolve("none.sql") + "';")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("RUN SCRIPT '" + dir.resolve("none.sql") + "': cannot read ");
  }

  @Test
  void aScriptThatRunsItselfIsStopped() throws Exception {
    Path script = dir.resolve("loop.sql");
    Files.writeString(script, "RUN SCRIPT '" + script + "';\n");
    assertThat(eddy("-f", script.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
        "RUN SCRIPT '" + script + "': scripts nested more than 16 deep (does a script run itself?)");
  }
}
