package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePrinterTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text);

  @Test
  void aFiniteResultIsMeasuredThenDrawn() {
    TablePrinter printer = new TablePrinter(out, () -> 80);
    printer.begin(List.of(new Column("Stream Name", "STRING"), new Column("Kafka Topic", "STRING")), false);
    printer.row(List.of("PAGEVIEWS", "pageviews"));
    printer.row(Arrays.asList("USERS_WITH_A_LONG_NAME", null));
    printer.end();
    assertThat(text.toString()).isEqualToNormalizingNewlines("""
        +------------------------+-------------+
        | Stream Name            | Kafka Topic |
        +------------------------+-------------+
        | PAGEVIEWS              | pageviews   |
        | USERS_WITH_A_LONG_NAME | null        |
        +------------------------+-------------+
        """);
  }

  @Test
  void longValuesWrapInsideTheirColumnToFitTheTerminal() {
    TablePrinter printer = new TablePrinter(out, () -> 30);
    printer.begin(List.of(new Column("ID", "INTEGER"), new Column("TEXT", "STRING")), false);
    printer.row(List.of(1, "the quick brown fox jumps over the lazy dog"));
    printer.row(List.of(2, "abcdefghijklmnopqrstuvwxyz0123456789"));
    printer.end();
    assertThat(text.toString()).isEqualToNormalizingNewlines("""
        +----+-----------------------+
        | ID | TEXT                  |
        +----+-----------------------+
        | 1  | the quick brown fox   |
        |    | jumps over the lazy   |
        |    | dog                   |
        | 2  | abcdefghijklmnopqrstu |
        |    | vwxyz0123456789       |
        +----+-----------------------+
        """);
  }

  @Test
  void aPushQueryHeaderIsPrintedBeforeAnyRowAndEachRowAtOnce() {
    TablePrinter printer = new TablePrinter(out, () -> 45);
    printer.begin(List.of(new Column("ID", "INTEGER"), new Column("NAME", "STRING")), true);
    assertThat(text.toString()).isEqualToNormalizingNewlines("""
        +-------------+-----------------------------+
        | ID          | NAME                        |
        +-------------+-----------------------------+
        """);
    printer.row(List.of(1, "alice"));
    assertThat(text.toString()).endsWith("| 1           | alice                       |" + System.lineSeparator());
    printer.end();
    assertThat(text.toString()).endsWith("+-------------+-----------------------------+" + System.lineSeparator());
  }

  @Test
  void multiLineValuesSuchAsPlansKeepTheirLines() {
    TablePrinter printer = new TablePrinter(out, () -> 80);
    printer.begin(List.of(new Column("PLAN", "STRING")), false);
    printer.row(List.of("Sink\n  Filter\n\tScan"));
    printer.end();
    assertThat(text.toString()).isEqualToNormalizingNewlines("""
        +----------+
        | PLAN     |
        +----------+
        | Sink     |
        |   Filter |
        |  Scan    |
        +----------+
        """);
  }

  @Test
  void valuesOfEveryKindHaveAReadableText() {
    Map<String, Object> struct = new LinkedHashMap<>();
    struct.put("A", 1);
    struct.put("B", null);
    assertThat(ValueFormatter.format(null)).isEqualTo("null");
    assertThat(ValueFormatter.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ValueFormatter.format(new byte[] {1, 2, 3})).isEqualTo("AQID");
    assertThat(ValueFormatter.format(Arrays.asList(1, null, "x"))).isEqualTo("[1, null, x]");
    assertThat(ValueFormatter.format(struct)).isEqualTo("{A=1, B=null}");
  }

  @Test
  void anEmptyResultStillShowsItsColumns() {
    TablePrinter printer = new TablePrinter(out, () -> 80);
    printer.begin(List.of(new Column("Table Name", "STRING")), false);
    printer.end();
    assertThat(text.toString()).isEqualToNormalizingNewlines("""
        +------------+
        | Table Name |
        +------------+
        +------------+
        """);
  }
}
