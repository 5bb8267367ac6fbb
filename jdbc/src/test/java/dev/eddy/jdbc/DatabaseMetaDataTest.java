package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams and tables, their columns and keys, and Eddy's types, as JDBC tools ask for them;
 * in-process and from a server (listings come from SHOW and DESCRIBE over the wire).
 */
@ParameterizedClass
@EnumSource(TestDatabase.Where.class)
class DatabaseMetaDataTest {

  /** Given to the static set-up too, which makes one database for all the tests of a kind. */
  @Parameter TestDatabase.Where where;
  private static TestDatabase database;
  private static Connection connection;
  private static DatabaseMetaData metaData;

  @BeforeParameterizedClassInvocation
  static void createSources(TestDatabase.Where where) throws Exception {
    database = TestDatabase.inMemory(where, "metadata-test");
    connection = database.connect();
    connection.createStatement().execute("""
        CREATE STREAM orders (id INT KEY, amount DECIMAL(10, 2), tags ARRAY<STRING>)
          WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
        CREATE TABLE users (user_id STRING PRIMARY KEY, name STRING, born DATE)
          WITH (KAFKA_TOPIC='users', PARTITIONS=1, VALUE_FORMAT='JSON');
        """);
    metaData = connection.getMetaData();
  }

  @AfterParameterizedClassInvocation
  static void close() throws SQLException {
    connection.close();
    database.close();
  }

  @Test
  void tablesListStreamsThenTables() throws SQLException {
    assertThat(rows(metaData.getTables(null, null, "%", null), "TABLE_NAME", "TABLE_TYPE")).containsExactly(
        List.of("EDDY_PROCESSING_LOG", "STREAM"), List.of("ORDERS", "STREAM"), List.of("USERS", "TABLE"));
    assertThat(rows(metaData.getTables(null, null, "%S", new String[] {"TABLE"}), "TABLE_NAME", "REMARKS"))
        .containsExactly(List.of("USERS", "Topic users, key format KAFKA, value format JSON"));
    assertThat(rows(metaData.getTables("some_catalog", null, "%", null), "TABLE_NAME")).isEmpty();
    assertThat(rows(metaData.getTableTypes(), "TABLE_TYPE")).containsExactly(List.of("STREAM"), List.of("TABLE"));
  }

  @Test
  void columnsComeFromDescribe() throws SQLException {
    assertThat(rows(metaData.getColumns(null, null, "ORDERS", null),
        "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "ORDINAL_POSITION", "REMARKS"))
        .containsExactly(
            List.of("ID", String.valueOf(Types.INTEGER), "INTEGER", "10", "0", "1", "key"),
            List.of("AMOUNT", String.valueOf(Types.DECIMAL), "DECIMAL(10, 2)", "10", "2", "2", "null"),
            List.of("TAGS", String.valueOf(Types.ARRAY), "ARRAY<STRING>", "null", "null", "3", "null"));
    assertThat(rows(metaData.getColumns(null, null, "USERS", "B%"), "COLUMN_NAME", "DATA_TYPE"))
        .containsExactly(List.of("BORN", String.valueOf(Types.DATE)));
  }

  @Test
  void primaryKeysAreTheKeyColumnsOfTables() throws SQLException {
    assertThat(rows(metaData.getPrimaryKeys(null, null, "USERS"), "COLUMN_NAME", "KEY_SEQ"))
        .containsExactly(List.of("USER_ID", "1"));
    assertThat(rows(metaData.getPrimaryKeys(null, null, "ORDERS"), "COLUMN_NAME")).isEmpty();
  }

  @Test
  void typesCatalogsAndSchemas() throws SQLException {
    List<List<String>> types = rows(metaData.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
    assertThat(types).extracting(row -> row.get(0)).containsExactly("BIGINT", "BYTES", "DECIMAL", "INTEGER", "DOUBLE",
        "STRING", "BOOLEAN", "DATE", "TIME", "TIMESTAMP", "MAP", "STRUCT", "ARRAY");
    assertThat(types).extracting(row -> Integer.parseInt(row.get(1))).isSorted();
    assertThat(rows(metaData.getCatalogs(), "TABLE_CAT")).isEmpty();
    assertThat(rows(metaData.getSchemas(), "TABLE_SCHEM")).isEmpty();
    assertThat(rows(metaData.getProcedures(null, null, "%"), "PROCEDURE_NAME")).isEmpty();
  }

  @Test
  void describesTheProductAndWhatItSupports() throws SQLException {
    assertThat(metaData.getDatabaseProductName()).isEqualTo("Eddy");
    assertThat(metaData.getDriverName()).isEqualTo("Eddy JDBC Driver");
    assertThat(metaData.getDriverVersion()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(metaData.getURL()).isEqualTo(database.url());
    assertThat(metaData.getDatabaseProductVersion()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(metaData.getIdentifierQuoteString()).isEqualTo("`");
    assertThat(metaData.getSQLKeywords()).contains("EMIT,EXPLAIN").doesNotContain("SELECT");
    assertThat(metaData.supportsTransactions()).isFalse();
    assertThat(metaData.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY)).isTrue();
    assertThat(metaData.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
    assertThat(metaData.getStringFunctions()).contains("UCASE").contains("CONCAT");
    assertThat(rows(metaData.getFunctions(null, null, "UCAS_"), "FUNCTION_NAME")).containsExactly(List.of("UCASE"));
  }

  /** The named columns of every row, as text ("null" for null). */
  private static List<List<String>> rows(ResultSet resultSet, String... columns) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (resultSet) {
      while (resultSet.next()) {
        List<String> row = new ArrayList<>();
        for (String column : columns) {
          row.add(String.valueOf(resultSet.getString(column)));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
