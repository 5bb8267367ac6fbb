package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every Eddy type through the JDBC accessors, with the conversions JDBC allows; in-process and
 * from a server, whose JSON values must come back as the same Java values.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ParameterizedClass
@EnumSource(TestDatabase.Where.class)
class AccessorsTest {

  /** Given to the static set-up too, which makes one database for all the tests of a kind. */
  @Parameter TestDatabase.Where where;
  private static TestDatabase database;
  private static Connection connection;
  private static ResultSet row;
  private static ResultSet nulls;
  /**
   * BYTES, MAP and STRUCT values as the engine delivers them. The engine cannot write them from
   * INSERT VALUES yet (TO_BYTES does not resolve there, a STRUCT constructor reads its field
   * names as columns, a MAP constructor fails with "unsupported type Record2_0"), so this row is
   * built directly.
   */
  private static ResultSet built;

  @BeforeParameterizedClassInvocation
  static void readOneRowOfEveryType(TestDatabase.Where where) throws Exception {
    database = TestDatabase.inMemory(where, "accessors");
    connection = database.connect("auto.offset.reset=earliest");
    connection.createStatement().execute("CREATE STREAM every (id INT KEY, b BOOLEAN, i INT, l BIGINT, d DOUBLE, "
        + "dec DECIMAL(5, 2), s STRING, bin BYTES, dt DATE, tm TIME, ts TIMESTAMP, arr ARRAY<INT>, "
        + "m MAP<STRING, INT>, st STRUCT<A INT, B STRING>) WITH (KAFKA_TOPIC='every', PARTITIONS=1, VALUE_FORMAT='JSON');");
    PreparedStatement insert = connection.prepareStatement("INSERT INTO every (id, b, i, l, d, dec, s, bin, dt, tm, ts, "
        + "arr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    Object[] values = {1, true, 42, 5_000_000_000L, 2.5, new BigDecimal("123.45"), "héllo", null,
        LocalDate.of(2024, 2, 29), LocalTime.of(13, 5, 7),
        // Whole seconds: the engine keeps a TIMESTAMP column at second precision for now.
        LocalDateTime.of(2024, 2, 29, 13, 5, 7),
        connection.createArrayOf("INTEGER", new Object[] {1, 2, 3})};
    for (int i = 0; i < values.length; i++) {
      insert.setObject(i + 1, values[i]);
    }
    insert.executeUpdate();
    connection.createStatement().execute("INSERT INTO every (id) VALUES (2);");
    row = connection.createStatement().executeQuery("SELECT * FROM every EMIT CHANGES;");
    assertThat(row.next()).isTrue();
    nulls = connection.createStatement().executeQuery("SELECT * FROM every WHERE id = 2 EMIT CHANGES;");
    assertThat(nulls.next()).isTrue();
    Map<String, Object> struct = new java.util.LinkedHashMap<>();
    struct.put("A", 8);
    struct.put("B", "eight");
    built = EddyResultSet.of(List.of(new dev.eddy.engine.ColumnInfo("BIN", "BYTES"),
        new dev.eddy.engine.ColumnInfo("ST", "STRUCT<A INTEGER, B STRING>"),
        new dev.eddy.engine.ColumnInfo("M", "MAP<STRING, INTEGER>")),
        List.of(java.util.Arrays.asList(new byte[] {1, 2, 3}, struct, Map.of("k", 7))));
    assertThat(built.next()).isTrue();
  }

  @AfterParameterizedClassInvocation
  static void close() throws SQLException {
    connection.close();
    database.close();
  }

  @Test
  void metadataMapsEddyTypesToJdbcTypes() throws SQLException {
    ResultSetMetaData columns = row.getMetaData();
    int[] expected = {Types.INTEGER, Types.BOOLEAN, Types.INTEGER, Types.BIGINT, Types.DOUBLE, Types.DECIMAL,
        Types.VARCHAR, Types.VARBINARY, Types.DATE, Types.TIME, Types.TIMESTAMP, Types.ARRAY, Types.JAVA_OBJECT,
        Types.STRUCT};
    assertThat(columns.getColumnCount()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(columns.getColumnType(i + 1)).as(columns.getColumnName(i + 1)).isEqualTo(expected[i]);
    }
    assertThat(columns.getColumnTypeName(6)).isEqualTo("DECIMAL(5, 2)");
    assertThat(columns.getPrecision(6)).isEqualTo(5);
    assertThat(columns.getScale(6)).isEqualTo(2);
    assertThat(columns.getColumnTypeName(13)).isEqualTo("MAP<STRING, INTEGER>");
    assertThat(columns.getColumnTypeName(14)).isEqualTo("STRUCT<A INTEGER, B STRING>");
    assertThat(columns.getColumnClassName(9)).isEqualTo("java.sql.Date");
  }

  @Test
  void numbersConvertAcrossTypesWithinRange() throws SQLException {
    assertThat(row.getInt("I")).isEqualTo(42);
    assertThat(row.getLong("I")).isEqualTo(42L);
    assertThat(row.getLong("L")).isEqualTo(5_000_000_000L);
    assertThatThrownBy(() -> row.getInt("L")).isInstanceOf(SQLDataException.class)
        .hasMessage("Value 5000000000 is out of range for INTEGER.");
    assertThat(row.getDouble("D")).isEqualTo(2.5);
    assertThat(row.getInt("D")).isEqualTo(2);
    assertThat(row.getBigDecimal("DEC")).isEqualByComparingTo("123.45");
    assertThat(row.getDouble("DEC")).isEqualTo(123.45);
    assertThat(row.getShort("I")).isEqualTo((short) 42);
    assertThat(row.getBoolean("B")).isTrue();
    assertThat(row.getInt("B")).isEqualTo(1);
    assertThatThrownBy(() -> row.getInt("S")).isInstanceOf(SQLDataException.class)
        .hasMessage("Cannot convert String value 'héllo' to INTEGER.");
  }

  @Test
  void getStringWorksOnEveryType() throws SQLException {
    assertThat(row.getString("B")).isEqualTo("true");
    assertThat(row.getString("DEC")).isEqualTo("123.45");
    assertThat(row.getString("S")).isEqualTo("héllo");
    assertThat(built.getString("BIN")).isEqualTo("AQID");
    assertThat(row.getString("DT")).isEqualTo("2024-02-29");
    assertThat(row.getString("TM")).isEqualTo("13:05:07");
    assertThat(row.getString("TS")).isEqualTo("2024-02-29T13:05:07.000");
    assertThat(row.getString("ARR")).isEqualTo("[1, 2, 3]");
    assertThat(built.getString("M")).isEqualTo("{k=7}");
    assertThat(built.getString("ST")).isEqualTo("{A=8, B=eight}");
  }

  @Test
  void timesAsJdbcAndJavaTimeClasses() throws SQLException {
    assertThat(row.getDate("DT")).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
    assertThat(row.getObject("DT")).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
    assertThat(row.getObject("DT", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(row.getTime("TM").toLocalTime()).isEqualTo(LocalTime.of(13, 5, 7));
    assertThat(row.getObject("TM", LocalTime.class)).isEqualTo(LocalTime.of(13, 5, 7));
    assertThat(row.getTimestamp("TS")).isEqualTo(Timestamp.valueOf("2024-02-29 13:05:07"));
    assertThat(row.getObject("TS", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 5, 7));
    assertThat(row.getObject("TS", Instant.class)).isEqualTo(Instant.parse("2024-02-29T13:05:07Z"));
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    assertThat(row.getTimestamp("TS", utc).toInstant()).isEqualTo(Instant.parse("2024-02-29T13:05:07Z"));
    assertThat(row.getDate("TS")).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
  }

  @Test
  void bytesArraysMapsAndStructs() throws SQLException {
    assertThat(built.getBytes("BIN")).containsExactly(1, 2, 3);
    assertThat(built.getMetaData().getColumnType(1)).isEqualTo(Types.VARBINARY);
    assertThat(built.getMetaData().getColumnType(2)).isEqualTo(Types.STRUCT);
    Array array = row.getArray("ARR");
    assertThat(array.getBaseType()).isEqualTo(Types.INTEGER);
    assertThat((Object[]) array.getArray()).containsExactly(1, 2, 3);
    assertThat((Object[]) array.getArray(2, 2)).containsExactly(2, 3);
    ResultSet elements = array.getResultSet();
    assertThat(elements.next()).isTrue();
    assertThat(elements.getLong("INDEX")).isEqualTo(1);
    assertThat(elements.getInt("VALUE")).isEqualTo(1);
    assertThat(row.getObject("ARR", List.class)).isEqualTo(List.of(1, 2, 3));
    assertThat(built.getObject("M")).isEqualTo(Map.of("k", 7));
    assertThat(built.getMetaData().getColumnType(3)).isEqualTo(Types.JAVA_OBJECT);
    Struct struct = (Struct) built.getObject("ST");
    assertThat(struct.getSQLTypeName()).isEqualTo("STRUCT<A INTEGER, B STRING>");
    assertThat(struct.getAttributes()).containsExactly(8, "eight");
    assertThat(built.getObject("ST", Map.class)).isEqualTo(Map.of("A", 8, "B", "eight"));
  }

  @Test
  void nullsReadAsJdbcDefaultsWithWasNull() throws SQLException {
    assertThat(nulls.getInt("I")).isZero();
    assertThat(nulls.wasNull()).isTrue();
    assertThat(nulls.getInt("ID")).isEqualTo(2);
    assertThat(nulls.wasNull()).isFalse();
    assertThat(nulls.getBoolean("B")).isFalse();
    assertThat(nulls.wasNull()).isTrue();
    assertThat(nulls.getString("S")).isNull();
    assertThat(nulls.getTimestamp("TS")).isNull();
    assertThat(nulls.getArray("ARR")).isNull();
    assertThat(nulls.getObject("ST")).isNull();
    assertThat(nulls.wasNull()).isTrue();
  }

  @Test
  void unknownColumnsAndBadIndexesAreErrors() {
    assertThatThrownBy(() -> row.getInt("NOPE")).isInstanceOf(SQLException.class)
        .hasMessageStartingWith("No column 'NOPE' in this result; its columns are [ID, B, I,");
    assertThatThrownBy(() -> row.getInt(99)).isInstanceOf(SQLException.class)
        .hasMessage("Column index 99 is out of range 1..14.");
  }
}
