package dev.eddy.sql;

import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The one failure {@link EddySqlParser} reports: a syntax error, an undefined variable, a bad
 * literal, or a statement too large or too deeply nested to parse.
 *
 * <p>Line and column are 1-based and count in the whole submitted text, not just the failing
 * statement. {@link #reason()} is the message in words ("mismatched input 'FORM'. Expecting:
 * ',', FROM. Did you mean FROM?"), {@link #errorLine()} is {@code line L:C: reason}, and
 * {@link #getMessage()} adds the offending line with a caret under the column.
 */
public final class EddySqlParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SqlParserPos position;
  private final String reason;
  private final String sourceLine;

  /**
   * @param position where the problem is, in the whole text
   * @param reason the message, without position
   * @param sourceLine the text of line {@code position.getLineNum()}, without its line break
   */
  public EddySqlParseException(SqlParserPos position, String reason, String sourceLine) {
    super(format(position, reason, sourceLine));
    this.position = position;
    this.reason = reason;
    this.sourceLine = sourceLine;
  }

  private static String format(SqlParserPos position, String reason, String sourceLine) {
    StringBuilder caret = new StringBuilder();
    int column = position.getColumnNum();
    for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
      // Keep tabs so the caret lines up under the same character in a terminal.
      caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append('^');
    return "line " + position.getLineNum() + ":" + column + ": " + reason + "\n" + sourceLine + "\n" + caret;
  }

  /** 1-based line in the whole submitted text. */
  public int line() {
    return position.getLineNum();
  }

  /** 1-based column in that line. */
  public int column() {
    return position.getColumnNum();
  }

  /** Start (and, when known, end) of the offending text. */
  public SqlParserPos position() {
    return position;
  }

  /** What is wrong, in words, without the position. */
  public String reason() {
    return reason;
  }

  /** {@code line L:C: reason}, the first line of {@link #getMessage()}. */
  public String errorLine() {
    return "line " + line() + ":" + column() + ": " + reason;
  }

  /** The offending line of the submitted text. */
  public String sourceLine() {
    return sourceLine;
  }
}
