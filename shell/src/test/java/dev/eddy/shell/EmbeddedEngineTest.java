package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shell over Eddy's real driver and an in-memory engine: one script, exact output. */
class EmbeddedEngineTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void createInsertAndALimitedPushQueryAsCsv() {
    runsTheScriptAsCsv("--jdbc-url", "jdbc:eddy:mem:");
  }

  /** The script and its exact output, whatever the shell is connected to ({@link ServerConnectionTest} too). */
  static void runsTheScriptAsCsv(String... connection) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EddyShell.run(new String[] {connection[0], connection[1], "--output", "csv", "-e", """
        CREATE STREAM s (id INT KEY, name STRING) WITH (kafka_topic='s', value_format='json', partitions=1);
        INSERT INTO s (id, name) VALUES (1, 'a,b');
        SET 'auto.offset.reset'='earliest';
        SELECT id, name FROM s EMIT CHANGES LIMIT 1;
        SELECT nope FROM s EMIT CHANGES;
        SHOW STREAMS;"""}, InputStream.nullInputStream(), out, err);

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ID,NAME\n1,\"a,b\"\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
        Stream S created
        Inserted 1 row into S.
        Successfully changed local property 'auto.offset.reset' to 'earliest'.
        Query ended after 1 row.
        Statement 5 failed:
        line 1:8: Column 'NOPE' not found.
        SELECT nope FROM s EMIT CHANGES;
               ^
        """);
  }
}
