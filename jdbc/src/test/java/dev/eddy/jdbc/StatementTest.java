package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.StatementException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What each kind of engine result becomes, and how refusals become SQLExceptions; in-process and remote. */
@ParameterizedClass
@EnumSource(TestDatabase.Where.class)
class StatementTest {

  @Parameter TestDatabase.Where where;

  private static final String CREATE_ORDERS = "CREATE STREAM orders (id INT KEY, amount DOUBLE) "
      + "WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');";

  private TestDatabase database;
  private Connection connection;
  private Statement statement;

  @BeforeEach
  void connect() throws Exception {
    database = TestDatabase.inMemory(where, "statement-test");
    connection = database.connect();
    statement = connection.createStatement();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    database.close();
  }

  @Test
  void ddlHasNoResultSetAnUpdateCountOfZeroAndItsMessageAsAWarning() throws SQLException {
    assertThat(statement.execute(CREATE_ORDERS)).isFalse();
    assertThat(statement.getUpdateCount()).isEqualTo(0);
    assertThat(statement.getResultSet()).isNull();
    SQLWarning warning = statement.getWarnings();
    assertThat(warning.getMessage()).isEqualTo("Stream ORDERS created");
    assertThat(warning.getSQLState()).isEqualTo("01000");
    assertThat(statement.getMoreResults()).isFalse();
    assertThat(statement.getUpdateCount()).isEqualTo(-1);
  }

  @Test
  void insertIsAnUpdate() throws SQLException {
    statement.execute(CREATE_ORDERS);
    assertThat(statement.executeUpdate("INSERT INTO orders (id, amount) VALUES (1, 2.5);")).isEqualTo(0);
    assertThat(statement.getWarnings().getMessage()).isEqualTo("Inserted 1 row into ORDERS.");
  }

  @Test
  void listingsAreResultSets() throws SQLException {
    statement.execute(CREATE_ORDERS);
    try (ResultSet rows = statement.executeQuery("SHOW STREAMS;")) {
      assertThat(rows.getMetaData().getColumnName(1)).isEqualTo("Stream Name");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("EDDY_PROCESSING_LOG");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("Stream Name")).isEqualTo("ORDERS");
      assertThat(rows.getString("Kafka Topic")).isEqualTo("orders");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void describeGivesTheColumnsAndItsHeaderAsAWarning() throws SQLException {
    statement.execute(CREATE_ORDERS);
    ResultSet rows = statement.executeQuery("DESCRIBE orders;");
    assertThat(rows.next()).isTrue();
    assertThat(rows.getString(1) + " " + rows.getString(2)).isEqualTo("ID INTEGER  (key)");
    assertThat(rows.next()).isTrue();
    assertThat(rows.getString(1) + " " + rows.getString(2)).isEqualTo("AMOUNT DOUBLE");
    assertThat(rows.next()).isFalse();
    assertThat(statement.getWarnings().getMessage()).startsWith("Name                 : ORDERS\n");
  }

  @Test
  void severalStatementsGiveSeveralResults() throws SQLException {
    assertThat(statement.execute(CREATE_ORDERS + " INSERT INTO orders (id, amount) VALUES (1, 2.5); SHOW TOPICS;")).isFalse();
    assertThat(statement.getUpdateCount()).isEqualTo(0);
    assertThat(statement.getMoreResults()).isFalse();
    assertThat(statement.getUpdateCount()).isEqualTo(0);
    assertThat(statement.getMoreResults()).isTrue();
    ResultSet topics = statement.getResultSet();
    assertThat(topics.next()).isTrue();
    assertThat(topics.getString(1)).isEqualTo("orders");
    assertThat(statement.getMoreResults()).isFalse();
    assertThat(topics.isClosed()).isTrue();
    assertThat(statement.getUpdateCount()).isEqualTo(-1);
  }

  @Test
  void executeQueryRefusesStatementsWithoutRowsAndExecuteUpdateRefusesQueries() throws SQLException {
    assertThatThrownBy(() -> statement.executeQuery(CREATE_ORDERS)).isInstanceOf(SQLException.class)
        .hasMessage("The statement returned no result set: Stream ORDERS created; "
            + "use execute or executeUpdate for statements that are not queries.");
    assertThatThrownBy(() -> statement.executeUpdate("SHOW STREAMS;")).isInstanceOf(SQLException.class)
        .hasMessage("The statement returned a result set; use executeQuery or execute for queries.");
  }

  @Test
  void batchesRunEachStatementInTurn() throws SQLException {
    statement.execute(CREATE_ORDERS);
    statement.addBatch("INSERT INTO orders (id, amount) VALUES (1, 1.0);");
    statement.addBatch("INSERT INTO orders (id, amount) VALUES (2, 2.0);");
    assertThat(statement.executeBatch()).containsExactly(0, 0);
    statement.addBatch("INSERT INTO orders (id, amount) VALUES (3, 3.0);");
    statement.addBatch("INSERT INTO nowhere (id) VALUES (4);");
    assertThatThrownBy(statement::executeBatch).isInstanceOf(BatchUpdateException.class)
        .satisfies(e -> assertThat(((BatchUpdateException) e).getUpdateCounts()).containsExactly(0));
  }

  @Test
  void syntaxErrorsAreSqlSyntaxErrorExceptionsWithState42000AndThePosition() throws SQLException {
    assertThatThrownBy(() -> statement.execute("SHOW STREAMS;\nSELEC * FROM orders;"))
        .isInstanceOf(SQLSyntaxErrorException.class)
        .satisfies(e -> {
          SQLException error = (SQLException) e;
          assertThat(error.getSQLState()).isEqualTo("42000");
          assertThat(error.getMessage()).startsWith("line 2:1: ").endsWith("\nSELEC * FROM orders;\n^");
          if (where == TestDatabase.Where.IN_PROCESS) {
            StatementException cause = (StatementException) error.getCause();
            assertThat(cause.kind()).isEqualTo(StatementException.Kind.SYNTAX);
            assertThat(cause.line()).isEqualTo(2);
            assertThat(cause.column()).isEqualTo(1);
            assertThat(error.getMessage()).isEqualTo(cause.getMessage());
          }
        });
  }

  @Test
  void unknownSourcesHaveState42S02() throws SQLException {
    statement.execute(CREATE_ORDERS);
    assertThatThrownBy(() -> statement.execute("DESCRIBE ordrs;"))
        .isInstanceOf(SQLSyntaxErrorException.class)
        .hasMessage("line 1:1: Stream or table 'ORDRS' does not exist. Did you mean 'ORDERS'?\nDESCRIBE ordrs;\n^")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S02"));
  }

  @Test
  void otherInvalidStatementsHaveState42000AndThePosition() throws SQLException {
    statement.execute(CREATE_ORDERS);
    assertThatThrownBy(() -> statement.execute("INSERT INTO orders (id, amount) VALUES (1, 'lots');"))
        .isInstanceOf(SQLSyntaxErrorException.class)
        .hasMessage("line 1:44: A value of type STRING cannot be stored in column AMOUNT of type DOUBLE.\n"
            + "INSERT INTO orders (id, amount) VALUES (1, 'lots');\n"
            + "                                           ^")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42000"));
  }

  @Test
  void unknownColumnsHaveState42S22() throws SQLException {
    statement.execute(CREATE_ORDERS);
    assertThatThrownBy(() -> statement.executeQuery("SELECT amout FROM orders EMIT CHANGES;"))
        .isInstanceOf(SQLSyntaxErrorException.class)
        .hasMessageStartingWith("line 1:8: Column 'AMOUT' not found")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S22"));
  }

  @Test
  void aClosedStatementRefusesWork() throws SQLException {
    statement.close();
    assertThatThrownBy(() -> statement.execute("SHOW STREAMS;")).isInstanceOf(SQLException.class)
        .hasMessage("The statement is closed.");
  }
}
