package dev.eddy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server's JSON values back as the Java values the engine gives in-process: the types JSON
 * cannot tell apart on its own (BYTES, times, map keys, STRUCT field order, DECIMAL digits).
 */
class JsonValuesTest {

  private static List<Object> row(String json, String... types) throws Exception {
    return JsonValues.row(ServerClient.JSON.readTree(json),
        Arrays.stream(types).map(ColumnType::parse).toList());
  }

  @Test
  void scalarsTakeTheirColumnsTypes() throws Exception {
    assertThat(row("[true, 42, 5000000000, 2.5, 123.450, \"é\", \"AQID\", \"2024-02-29\", \"13:05:07.250\","
            + " \"2024-02-29T13:05:07\", null]",
        "BOOLEAN", "INTEGER", "BIGINT", "DOUBLE", "DECIMAL(6, 3)", "STRING", "BYTES", "DATE", "TIME", "TIMESTAMP",
        "STRING"))
        .containsExactly(true, 42, 5_000_000_000L, 2.5, new BigDecimal("123.450"), "é", new byte[] {1, 2, 3},
            LocalDate.of(2024, 2, 29), LocalTime.of(13, 5, 7, 250_000_000), LocalDateTime.of(2024, 2, 29, 13, 5, 7),
            null);
  }

  @Test
  void decimalsKeepEveryDigit() throws Exception {
    assertThat(row("[12345678901234567890.123456789]", "DECIMAL(29, 9)"))
        .containsExactly(new BigDecimal("12345678901234567890.123456789"));
  }

  @Test
  void collectionsAreWalkedWithTheirElementKeyAndFieldTypes() throws Exception {
    List<Object> values = row("[[1, null, 3], {\"7\": \"2024-01-01\"}, {\"B\": \"x\", \"A\": [1.5]}]",
        "ARRAY<INTEGER>", "MAP<INTEGER, DATE>", "STRUCT<A ARRAY<DOUBLE>, B STRING>");
    assertThat(values.get(0)).isEqualTo(Arrays.asList(1, null, 3));
    assertThat(values.get(1)).isEqualTo(Map.of(7, LocalDate.of(2024, 1, 1)));
    List<Object> fieldNames = List.copyOf(((Map<?, ?>) values.get(2)).keySet());
    assertThat(fieldNames).as("in the type's field order").containsExactly("A", "B");
    assertThat(values.get(2)).isEqualTo(Map.of("A", List.of(1.5), "B", "x"));
  }

  @Test
  void aRowThatDoesNotFitItsColumnsIsAnError() {
    assertThatThrownBy(() -> row("[1, 2]", "INTEGER")).isInstanceOf(SQLException.class)
        .hasMessage("The server sent a row of 2 values for 1 columns: [1,2]");
    assertThatThrownBy(() -> row("[\"soon\"]", "DATE")).isInstanceOf(SQLException.class)
        .hasMessage("The server sent \"soon\" for a value of type DATE.");
  }
}
