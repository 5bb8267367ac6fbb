package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sqlline.SqlLine;

/** sqlline, a JDBC client no one here wrote, driving the driver from start to push query; in-process and remote. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SqlLineTest {

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(TestDatabase.Where.class)
  void connectsCreatesInsertsAndPrintsPushQueryRows(TestDatabase.Where where) throws Exception {
    try (TestDatabase database = TestDatabase.onDisk(where, dataDir)) {
      runScriptAgainst(database.url("auto.offset.reset=earliest"));
    }
  }

  private static void runScriptAgainst(String url) throws Exception {
    String script = String.join("\n",
        "!connect " + url + " eddy eddy",
        "CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE) WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');",
        "INSERT INTO orders (id, name, amount) VALUES (1, 'ann', 5.5);",
        "INSERT INTO orders (id, name, amount) VALUES (2, 'bob', 7.25);",
        "INSERT INTO orders (id, name, amount) VALUES (3, 'cy', 1.0);",
        "!set rowLimit 2", // sqlline passes rowLimit to Statement.setMaxRows.
        "SELECT id, name, amount FROM orders EMIT CHANGES;",
        "!set rowLimit 0",
        "SELECT name FROM orders EMIT CHANGES LIMIT 1;",
        "!tables",
        "!quit",
        "");
    String transcript = run(script);
    System.out.println(transcript); // The transcript goes into the surefire report for humans.

    // Engine messages reach sqlline as statement warnings, which it prints.
    assertThat(transcript).contains("Warning: Stream ORDERS created (state=01000,code=0)");
    assertThat(transcript).contains("Warning: Inserted 1 row into ORDERS. (state=01000,code=0)");
    assertThat(transcript).contains(String.join("\n",
        "+----+------+--------+",
        "| ID | NAME | AMOUNT |",
        "+----+------+--------+",
        "| 1  | ann  | 5.5    |",
        "| 2  | bob  | 7.25   |",
        "+----+------+--------+"));
    assertThat(transcript).contains(String.join("\n",
        "+------+",
        "| NAME |",
        "+------+",
        "| ann  |",
        "+------+"));
    assertThat(transcript).contains("| ORDERS              | STREAM     | Topic orders, key format KAFKA, value format JSON");
    assertThat(transcript).doesNotContain("Error:");
  }

  private static String run(String script) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SqlLine sqlLine = new SqlLine();
    sqlLine.setOutputStream(out);
    sqlLine.setErrorStream(out);
    String[] args = {"--color=false", "--showElapsedTime=false", "--maxWidth=200", "--silent=false"};
    sqlLine.begin(args, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false);
    // JLine's terminal control sequences are noise in a transcript.
    return out.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[?0-9;]*[a-zA-Z]|\u001B[=>]", "");
  }
}
