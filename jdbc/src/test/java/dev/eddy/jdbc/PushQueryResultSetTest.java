package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Types;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Push queries as result sets: rows as they arrive, cancel, timeout, maxRows; in-process and remote. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ParameterizedClass
@EnumSource(TestDatabase.Where.class)
class PushQueryResultSetTest {

  @Parameter TestDatabase.Where where;
  @TempDir Path dataDir;
  private TestDatabase database;
  private Connection reader;
  private Connection writer;

  @BeforeEach
  void createStream() throws Exception {
    database = TestDatabase.onDisk(where, dataDir);
    reader = database.connect("auto.offset.reset=earliest");
    writer = database.connect();
    try (Statement statement = writer.createStatement()) {
      statement.execute("CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE) "
          + "WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');");
      statement.executeUpdate("INSERT INTO orders (id, name, amount) VALUES (1, 'ann', 5.0);");
    }
  }

  @AfterEach
  void close() throws SQLException {
    reader.close();
    writer.close();
    database.close();
  }

  @Test
  void nextWaitsForARowInsertedByAnotherConnectionAfterTheQueryStarted() throws Exception {
    try (Statement statement = reader.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, UPPER(name) AS shout FROM orders EMIT CHANGES;")) {
      ResultSetMetaData columns = rows.getMetaData();
      assertThat(columns.getColumnCount()).isEqualTo(2);
      assertThat(columns.getColumnName(1)).isEqualTo("ID");
      assertThat(columns.getColumnType(1)).isEqualTo(Types.INTEGER);
      assertThat(columns.getColumnName(2)).isEqualTo("SHOUT");
      assertThat(columns.getColumnType(2)).isEqualTo(Types.VARCHAR);

      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(rows.getString("shout")).isEqualTo("ANN");

      CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> next(rows));
      writer.createStatement().executeUpdate("INSERT INTO orders (id, name, amount) VALUES (2, 'bob', 7.5);");
      assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(rows.getInt("ID")).isEqualTo(2);
      assertThat(rows.getString(2)).isEqualTo("BOB");
    }
  }

  @Test
  void cancelFromAnotherThreadUnblocksNextAndEndsTheQuery() throws Exception {
    Statement statement = reader.createStatement();
    ResultSet rows = statement.executeQuery("SELECT id FROM orders EMIT CHANGES;");
    assertThat(rows.next()).isTrue();
    CompletableFuture<Boolean> blocked = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        blocked.complete(rows.next());
      } catch (SQLException e) {
        blocked.completeExceptionally(e);
      }
    });
    reader.start();
    awaitBlocked(reader);
    statement.cancel();
    assertThatThrownBy(() -> blocked.get(30, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(SQLException.class)
        .hasMessage("The query was cancelled.")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HY008"));
    statement.close();
    assertThat(rows.isClosed()).isTrue();
    if (database.server() != null) {
      awaitNoActiveQueries();
    }
  }

  @Test
  void queryTimeoutRaisesSqlTimeoutExceptionFromNext() throws Exception {
    try (Statement statement = reader.createStatement()) {
      statement.setQueryTimeout(1);
      ResultSet rows = statement.executeQuery("SELECT id FROM orders EMIT CHANGES;");
      assertThat(rows.next()).isTrue();
      long start = System.nanoTime();
      assertThatThrownBy(rows::next)
          .isInstanceOf(SQLTimeoutException.class)
          .hasMessage("The query timeout of 1 seconds passed; the query was stopped.")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HYT00"));
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
    }
  }

  @Test
  void maxRowsEndsTheResultLikeALimit() throws Exception {
    writer.createStatement().executeUpdate("INSERT INTO orders (id, name, amount) VALUES (2, 'bob', 7.5);");
    writer.createStatement().executeUpdate("INSERT INTO orders (id, name, amount) VALUES (3, 'cy', 9.0);");
    try (Statement statement = reader.createStatement()) {
      statement.setMaxRows(2);
      ResultSet rows = statement.executeQuery("SELECT id FROM orders EMIT CHANGES;");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(2);
      assertThat(rows.next()).as("maxRows reached").isFalse();
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void aLimitInTheQueryEndsTheResult() throws Exception {
    try (Statement statement = reader.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name FROM orders EMIT CHANGES LIMIT 1;")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("ann");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void printStreamsTheTopicsRecords() throws Exception {
    try (Statement statement = reader.createStatement();
        ResultSet records = statement.executeQuery("PRINT 'orders' FROM BEGINNING LIMIT 1;")) {
      assertThat(records.getMetaData().getColumnName(5)).isEqualTo("VALUE");
      assertThat(records.next()).isTrue();
      assertThat(records.getLong("OFFSET")).isZero();
      assertThat(records.getString("VALUE")).contains("\"NAME\":\"ann\"");
      assertThat(records.next()).isFalse();
    }
  }

  /** Waits until the thread parks inside next(), so cancel() really has to wake it. */
  private static void awaitBlocked(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
      assertThat(System.nanoTime()).as("reader blocked in next() within 30 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  /** The server stops streaming a cancelled query: /close-query reached it. */
  private void awaitNoActiveQueries() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!database.server().activeQueries().isEmpty()) {
      assertThat(System.nanoTime()).as("the server's push query ended within 30 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static boolean next(ResultSet rows) {
    try {
      return rows.next();
    } catch (SQLException e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }
}
