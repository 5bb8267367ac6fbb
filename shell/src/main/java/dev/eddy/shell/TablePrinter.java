package dev.eddy.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Prints a result as a table fitted to the terminal's width.
 *
 * <p>A finite result (SHOW, DESCRIBE, a pull query) is measured before it is drawn, so columns
 * are as wide as their longest value; only the first {@link #LOOKAHEAD} rows are held for that,
 * later rows reuse the widths (and wrap). A push query is drawn at once: its header as soon as
 * the result starts, each row the moment it arrives, with widths guessed from the column types.
 */
final class TablePrinter implements ResultPrinter {

  static final int LOOKAHEAD = 1000;

  private final PrintWriter out;
  private final IntSupplier terminalWidth;
  private List<Column> columns;
  private List<List<String>> pending;
  private TableRenderer renderer;

  /** @param terminalWidth the characters a line may take when the table is laid out */
  TablePrinter(PrintWriter out, IntSupplier terminalWidth) {
    this.out = out;
    this.terminalWidth = terminalWidth;
  }

  @Override
  public void begin(List<Column> columns, boolean streaming) {
    this.columns = List.copyOf(columns);
    this.pending = new ArrayList<>();
    this.renderer = null;
    if (streaming) {
      draw(TableLayout.streamingWidths(columns, terminalWidth.getAsInt()));
    }
  }

  @Override
  public void row(List<Object> values) {
    List<String> cells = values.stream().map(ValueFormatter::format).toList();
    if (renderer != null) {
      renderer.rowLines(cells).forEach(out::println);
      out.flush();
      return;
    }
    pending.add(cells);
    if (pending.size() >= LOOKAHEAD) {
      drawPending();
    }
  }

  @Override
  public void end() {
    if (renderer == null) {
      drawPending();
    }
    out.println(renderer.separator());
    out.flush();
  }

  private void drawPending() {
    List<String> headers = columns.stream().map(Column::name).toList();
    int[] natural = TableLayout.naturalWidths(headers, pending);
    draw(TableLayout.fit(natural, TableLayout.wrappable(headers.size(), pending), terminalWidth.getAsInt()));
    for (List<String> cells : pending) {
      renderer.rowLines(cells).forEach(out::println);
    }
    pending.clear();
    out.flush();
  }

  /** The top border, the header and the line under it. */
  private void draw(int[] widths) {
    renderer = new TableRenderer(widths);
    out.println(renderer.separator());
    renderer.rowLines(columns.stream().map(Column::name).toList()).forEach(out::println);
    out.println(renderer.separator());
    out.flush();
  }
}
