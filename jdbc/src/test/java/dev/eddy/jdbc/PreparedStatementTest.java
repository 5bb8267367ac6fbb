package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parameters substituted as literals on the client. */
class PreparedStatementTest {

  @Test
  void markersInsideStringsQuotedNamesAndCommentsAreText() throws SQLException {
    SqlTemplate template = SqlTemplate.parse(
        "SELECT '?', \"a?\", `b?` -- why?\nFROM s /* ? */ WHERE x = ? AND y = 'it''s ?' AND z = ?");
    assertThat(template.parameterCount()).isEqualTo(2);
    assertThat(template.render(new String[] {"1", "'two'"})).isEqualTo(
        "SELECT '?', \"a?\", `b?` -- why?\nFROM s /* ? */ WHERE x = 1 AND y = 'it''s ?' AND z = 'two'");
    assertThatThrownBy(() -> template.render(new String[] {"1", null})).isInstanceOf(SQLException.class)
        .hasMessage("Parameter 2 is not set.");
  }

  @Test
  void valuesBecomeLiteralsThatKeepTheirType() throws SQLException {
    assertThat(SqlLiterals.of("it's")).isEqualTo("'it''s'");
    assertThat(SqlLiterals.of("'); DROP STREAM s; --")).isEqualTo("'''); DROP STREAM s; --'");
    assertThat(SqlLiterals.of(null)).isEqualTo("NULL");
    assertThat(SqlLiterals.of(42L)).isEqualTo("42");
    assertThat(SqlLiterals.of(2.5)).isEqualTo("2.5E0");
    assertThat(SqlLiterals.of(1e300)).isEqualTo("1.0E300");
    assertThat(SqlLiterals.of(new BigDecimal("12.30"))).isEqualTo("12.30");
    assertThat(SqlLiterals.of(true)).isEqualTo("TRUE");
    assertThat(SqlLiterals.of(LocalDate.of(2024, 2, 29))).isEqualTo("DATE '2024-02-29'");
    assertThat(SqlLiterals.of(LocalDateTime.of(2024, 2, 29, 13, 5, 7, 123_000_000)))
        .isEqualTo("TIMESTAMP '2024-02-29 13:05:07.123'");
    assertThat(SqlLiterals.of(new byte[] {1, 2, (byte) 255})).isEqualTo("TO_BYTES('AQL/', 'base64')");
    assertThat(SqlLiterals.of(List.of(1, 2))).isEqualTo("ARRAY[1, 2]");
    assertThat(SqlLiterals.of(Map.of("k", 1))).isEqualTo("MAP('k' := 1)");
    assertThatThrownBy(() -> SqlLiterals.of(Double.NaN)).isInstanceOf(SQLException.class)
        .hasMessage("Eddy SQL has no literal for NaN.");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Where.class)
  void insertsAndQueriesWithParameters(TestDatabase.Where where) throws Exception {
    try (TestDatabase database = TestDatabase.inMemory(where, "prepared");
        Connection connection = database.connect("auto.offset.reset=earliest")) {
      connection.createStatement().execute("CREATE STREAM people (id INT KEY, name STRING, score DOUBLE) "
          + "WITH (KAFKA_TOPIC='people', PARTITIONS=1, VALUE_FORMAT='JSON');");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people (id, name, score) VALUES (?, ?, ?);")) {
        insert.setInt(1, 1);
        insert.setString(2, "O'Brien ?");
        insert.setDouble(3, 1.5);
        assertThat(insert.executeUpdate()).isEqualTo(0);
        insert.setInt(1, 2);
        insert.setNull(2, Types.VARCHAR);
        insert.setObject(3, 9.0);
        insert.addBatch();
        insert.setInt(1, 3);
        insert.setString(2, "x");
        insert.setDouble(3, 3.0);
        insert.addBatch();
        assertThat(insert.executeBatch()).containsExactly(0, 0);
        assertThatThrownBy(() -> insert.execute("SHOW STREAMS;")).isInstanceOf(SQLException.class)
            .hasMessage("A PreparedStatement runs only the SQL it was prepared with.");
      }
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT id, name FROM people WHERE score > ? EMIT CHANGES LIMIT 2;")) {
        query.setDouble(1, 1.0);
        ResultSet rows = query.executeQuery();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(1);
        assertThat(rows.getString(2)).isEqualTo("O'Brien ?");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(2);
        assertThat(rows.getString(2)).isNull();
        assertThat(rows.wasNull()).isTrue();
        assertThat(rows.next()).isFalse();
      }
    }
  }
}
