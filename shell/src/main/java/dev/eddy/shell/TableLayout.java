package dev.eddy.shell;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses column widths so that a table fits the terminal. Every column gets its natural width
 * (its longest cell) when they all fit; otherwise the narrow columns keep theirs and the wide
 * ones share what is left equally, so one long value is wrapped rather than every column being
 * squeezed. Each column keeps at least {@link #MIN_WIDTH} characters even if the table then
 * overflows a very narrow terminal: a table of one-letter slivers helps no one.
 */
final class TableLayout {

  static final int MIN_WIDTH = 4;
  /** Below this, wrapped text is harder to read than a cut identifier. */
  static final int MIN_TEXT_WIDTH = 12;
  /** No cell is laid out wider than this, even in a wide terminal or a pipe. */
  static final int MAX_WIDTH = 200;

  private TableLayout() {}

  /**
   * Widths for columns that may all be wrapped.
   *
   * @param natural each column's natural width
   * @param totalWidth the characters a line may take, borders included
   */
  static int[] fit(int[] natural, int totalWidth) {
    boolean[] wrappable = new boolean[natural.length];
    Arrays.fill(wrappable, true);
    return fit(natural, wrappable, totalWidth);
  }

  /**
   * Widths for a table whose columns without spaces (ids, names, numbers) are better kept whole:
   * cutting {@code CSAS_PRICING_VIEWS_0} in two spoils copying it into a TERMINATE. They keep
   * their width as long as the columns with text still get {@link #MIN_TEXT_WIDTH} each;
   * otherwise every column shares the shortage.
   *
   * @param wrappable which columns hold text that wraps well at its spaces
   */
  static int[] fit(int[] natural, boolean[] wrappable, int totalWidth) {
    int columns = natural.length;
    int[] widths = Arrays.stream(natural).map(w -> Math.max(1, Math.min(w, MAX_WIDTH))).toArray();
    // "| a | b |" : one bar per column plus one, and a space either side of each cell.
    long available = (long) totalWidth - (3L * columns + 1);
    if (Arrays.stream(widths).asLongStream().sum() <= available) {
      return widths;
    }
    boolean[] shrinkable = new boolean[columns];
    long whole = 0;
    int text = 0;
    for (int i = 0; i < columns; i++) {
      if (wrappable[i]) {
        shrinkable[i] = true;
        text++;
      } else {
        whole += widths[i];
      }
    }
    if (text == 0 || available - whole < (long) text * MIN_TEXT_WIDTH) {
      Arrays.fill(shrinkable, true);
      whole = 0;
    }
    share(widths, shrinkable, (int) Math.max(0, available - whole));
    return widths;
  }

  /**
   * Water-filling: the shrinkable columns narrower than an equal share keep their width, the
   * others split what is left equally (the first ones get the remainder).
   */
  private static void share(int[] widths, boolean[] shrinkable, int space) {
    boolean[] settled = new boolean[widths.length];
    int open = 0;
    for (boolean s : shrinkable) {
      open += s ? 1 : 0;
    }
    int left = space;
    boolean changed = true;
    while (changed && open > 0) {
      changed = false;
      int share = left / open;
      for (int i = 0; i < widths.length; i++) {
        if (shrinkable[i] && !settled[i] && widths[i] <= share) {
          settled[i] = true;
          left -= widths[i];
          open--;
          changed = true;
        }
      }
    }
    if (open > 0) {
      int share = Math.max(MIN_WIDTH, left / open);
      int extra = Math.max(0, left - share * open);
      for (int i = 0; i < widths.length; i++) {
        if (shrinkable[i] && !settled[i]) {
          widths[i] = share + (extra-- > 0 ? 1 : 0);
        }
      }
    }
  }

  /** Columns where some value has a space to wrap at. */
  static boolean[] wrappable(int columns, List<List<String>> rows) {
    boolean[] wrappable = new boolean[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns && i < row.size(); i++) {
        wrappable[i] |= row.get(i).chars().anyMatch(Character::isWhitespace);
      }
    }
    return wrappable;
  }

  /** How wide a push query's text column may grow into spare terminal width. */
  static final int GROWN_TEXT_WIDTH = 40;

  /**
   * A push query's widths: guessed from the types, then the text columns (whose guess is the
   * least sure) share the terminal's spare width, up to {@link #GROWN_TEXT_WIDTH} each, so that
   * fewer values wrap; finally fitted like any table.
   */
  static int[] streamingWidths(List<Column> columns, int totalWidth) {
    int[] widths = columns.stream().mapToInt(TableLayout::guessWidth).toArray();
    long textColumns = columns.stream().filter(TableLayout::isText).count();
    long spare = (long) totalWidth - (3L * columns.size() + 1) - Arrays.stream(widths).sum();
    if (textColumns > 0 && spare > 0) {
      int share = (int) Math.min(spare / textColumns, Integer.MAX_VALUE);
      for (int i = 0; i < widths.length; i++) {
        if (isText(columns.get(i))) {
          widths[i] = Math.max(widths[i], Math.min(GROWN_TEXT_WIDTH, widths[i] + share));
        }
      }
    }
    return fit(widths, totalWidth);
  }

  private static boolean isText(Column column) {
    String type = column.type() == null ? "" : column.type().toUpperCase();
    return type.isEmpty() || type.startsWith("STRING") || type.startsWith("VARCHAR") || type.startsWith("ARRAY")
        || type.startsWith("MAP") || type.startsWith("STRUCT") || type.startsWith("BYTES");
  }

  /** The natural width of each column: its header or its longest cell line. */
  static int[] naturalWidths(List<String> headers, List<List<String>> rows) {
    int[] widths = headers.stream().mapToInt(TableLayout::longestLine).toArray();
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length && i < row.size(); i++) {
        widths[i] = Math.max(widths[i], longestLine(row.get(i)));
      }
    }
    return widths;
  }

  /**
   * A push query's rows are not known when its header is printed, so its widths come from the
   * column types: wide enough for any value of a number type, a guess for text.
   */
  static int guessWidth(Column column) {
    String type = column.type() == null ? "" : column.type().toUpperCase();
    int forType;
    if (type.startsWith("BOOLEAN")) {
      forType = 5;
    } else if (type.startsWith("INT")) {
      forType = 11;
    } else if (type.startsWith("BIGINT")) {
      forType = 20;
    } else if (type.startsWith("DOUBLE") || type.startsWith("DECIMAL")) {
      forType = 16;
    } else if (type.startsWith("TIMESTAMP")) {
      forType = 23;
    } else if (type.startsWith("DATE")) {
      forType = 10;
    } else {
      forType = 20;
    }
    return Math.max(column.name().length(), forType);
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }
}
