package dev.eddy.engine.exec;

import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.StatementResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the finite tables that listings and descriptions answer with. */
final class Tables {

  private final String statementText;
  private final String header;
  private final List<ColumnInfo> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  private Tables(String statementText, String header, List<ColumnInfo> columns) {
    this.statementText = statementText;
    this.header = header;
    this.columns = columns;
  }

  /** A table whose columns are all strings, named as given. */
  static Tables of(StatementContext context, String... columnNames) {
    return withHeader(context, "", columnNames);
  }

  static Tables withHeader(StatementContext context, String header, String... columnNames) {
    return new Tables(context.text(), header,
        Arrays.stream(columnNames).map(n -> new ColumnInfo(n, "STRING")).toList());
  }

  Tables row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  StatementResult.Table build() {
    return new StatementResult.Table(statementText, header, columns, rows);
  }
}
