package dev.eddy.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws table lines for fixed column widths, in the ASCII style of ksqlDB's CLI (it survives
 * pipes, logs and any terminal font):
 *
 * <pre>
 * +----+-------+
 * | ID | NAME  |
 * +----+-------+
 * | 1  | alice |
 * +----+-------+
 * </pre>
 *
 * A cell longer than its column is wrapped onto further lines of the same row, at the last space
 * that keeps at least half of the line, else mid-word; its own line breaks are kept. No value
 * is ever cut silently.
 */
final class TableRenderer {

  private final int[] widths;

  TableRenderer(int[] widths) {
    this.widths = widths.clone();
  }

  String separator() {
    StringBuilder line = new StringBuilder("+");
    for (int width : widths) {
      line.append("-".repeat(width + 2)).append('+');
    }
    return line.toString();
  }

  /** The lines of one row: one, or more when a cell wraps. */
  List<String> rowLines(List<String> cells) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < widths.length; i++) {
      List<String> pieces = wrap(i < cells.size() ? cells.get(i) : "", widths[i]);
      wrapped.add(pieces);
      height = Math.max(height, pieces.size());
    }
    List<String> lines = new ArrayList<>(height);
    for (int row = 0; row < height; row++) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < widths.length; i++) {
        List<String> pieces = wrapped.get(i);
        String piece = row < pieces.size() ? pieces.get(row) : "";
        line.append(' ').append(piece).append(" ".repeat(widths[i] - piece.length())).append(" |");
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The pieces of a cell, each at most {@code width} characters. */
  static List<String> wrap(String text, int width) {
    List<String> pieces = new ArrayList<>();
    for (String line : printable(text).split("\n", -1)) {
      String rest = line;
      while (rest.length() > width) {
        int cut = rest.lastIndexOf(' ', width);
        if (cut <= 0 || cut < width / 2) {
          pieces.add(rest.substring(0, width));
          rest = rest.substring(width);
        } else {
          pieces.add(rest.substring(0, cut));
          rest = rest.substring(cut + 1);
        }
      }
      pieces.add(rest);
    }
    return pieces;
  }

  /** Tabs and other control characters would break the borders; newlines are kept as wraps. */
  private static String printable(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        clean.append(' ');
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          clean.append('\n');
        }
      } else if (c != '\n' && Character.isISOControl(c)) {
        clean.append('?');
      } else {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
