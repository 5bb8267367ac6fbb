package dev.eddy.sql.parse;

import java.util.Arrays;

import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.EddySqlParseException;

/**
 * The whole text a user submitted: turns character offsets into 1-based line and column, and
 * gives the text of a line for error snippets. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class SourceText {

  private final String text;
  private final int[] lineStarts;

  public SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  /** 1-based line of a character offset. */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** 1-based column of a character offset. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** Position of the characters {@code start..stop} (inclusive). */
  public SqlParserPos pos(int start, int stop) {
    int end = Math.max(start, stop);
    return new SqlParserPos(line(start), column(start), line(end), column(end));
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** An error at the characters {@code start..stop}. */
  public EddySqlParseException error(int start, int stop, String reason) {
    SqlParserPos pos = pos(Math.min(start, text.length()), Math.min(stop, text.length()));
    return new EddySqlParseException(pos, reason, lineText(pos.getLineNum()));
  }
}
