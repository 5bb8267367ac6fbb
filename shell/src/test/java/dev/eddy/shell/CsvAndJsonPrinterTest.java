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

class CsvAndJsonPrinterTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text);
  private final List<Column> columns = List.of(new Column("ID", "INTEGER"), new Column("NAME", "STRING"),
      new Column("SCORE", "DECIMAL(4, 1)"));

  @Test
  void csvIsAHeaderThenOneLinePerRowQuotedOnlyWhenNeeded() {
    CsvPrinter csv = new CsvPrinter(out);
    csv.begin(columns, true);
    csv.row(List.of(1, "alice", new BigDecimal("12.5")));
    csv.row(Arrays.asList(2, "bob, \"the\" builder", null));
    csv.row(List.of(3, "two\nlines", new BigDecimal("0.0")));
    csv.end();
    assertThat(text.toString()).isEqualTo(
        "ID,NAME,SCORE\n"
            + "1,alice,12.5\n"
            + "2,\"bob, \"\"the\"\" builder\",\n"
            + "3,\"two\nlines\",0.0\n");
  }

  @Test
  void jsonIsOneObjectPerRowWithNativeTypes() {
    JsonPrinter json = new JsonPrinter(out);
    Map<String, Object> struct = new LinkedHashMap<>();
    struct.put("CITY", "Zürich");
    struct.put("ZIP", 8000);
    json.begin(List.of(new Column("ID", "BIGINT"), new Column("NAME", "STRING"), new Column("OK", "BOOLEAN"),
        new Column("TAGS", "ARRAY<STRING>"), new Column("ADDRESS", "STRUCT"), new Column("D", "DOUBLE")), false);
    json.row(Arrays.asList(7L, "say \"hi\"\n", true, List.of("a", "b"), struct, 1.5));
    json.row(Arrays.asList(8L, null, false, List.of(), Map.of(), Double.NaN));
    json.end();
    assertThat(text.toString()).isEqualTo(
        "{\"ID\":7,\"NAME\":\"say \\\"hi\\\"\\n\",\"OK\":true,\"TAGS\":[\"a\",\"b\"],"
            + "\"ADDRESS\":{\"CITY\":\"Zürich\",\"ZIP\":8000},\"D\":1.5}\n"
            + "{\"ID\":8,\"NAME\":null,\"OK\":false,\"TAGS\":[],\"ADDRESS\":{},\"D\":\"NaN\"}\n");
  }
}
