package dev.eddy.shell;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV: a header line of column names, then one line per row, flushed as each row comes
 * so a push query can be piped. A field is quoted only when it holds a comma, a quote or a line
 * break; SQL NULL is an empty field.
 */
final class CsvPrinter implements ResultPrinter {

  private final PrintWriter out;

  CsvPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(List<Column> columns, boolean streaming) {
    out.print(line(columns.stream().map(Column::name).toList()));
    out.flush();
  }

  @Override
  public void row(List<Object> values) {
    out.print(line(values.stream().map(v -> v == null ? "" : ValueFormatter.format(v)).toList()));
    out.flush();
  }

  @Override
  public void end() {
    out.flush();
  }

  /** One record. Lines end with \n rather than RFC 4180's CRLF, as the Unix tools it is piped into expect. */
  static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    return line.append('\n').toString();
  }

  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
