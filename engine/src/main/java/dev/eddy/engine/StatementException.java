package dev.eddy.engine;

/**
 * A statement the engine refused, with where in the submitted text the problem lies.
 * Line and column are 1-based positions in the whole submitted text; 0 when unknown.
 */
public final class StatementException extends RuntimeException {

  /** What kind of failure, for clients that map it to codes (SQLState, HTTP error codes). */
  public enum Kind {
    /** The text does not parse. */
    SYNTAX,
    /** The statement parses but cannot be executed: unknown names, type errors, rules. */
    INVALID,
    /** The engine failed while executing a valid statement. */
    EXECUTION
  }

  private final Kind kind;
  private final String reason;
  private final int line;
  private final int column;
  private final String sourceLine;

  /**
   * @param reason what is wrong, in a sentence
   * @param sourceLine the text of the line the error is on, or null when unknown
   */
  public StatementException(Kind kind, String reason, int line, int column, String sourceLine, Throwable cause) {
    super(format(reason, line, column, sourceLine), cause);
    this.kind = kind;
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
  }

  public Kind kind() {
    return kind;
  }

  /** The problem without the position and the source line. */
  public String reason() {
    return reason;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String sourceLine() {
    return sourceLine;
  }

  /** {@code line 2:8: reason}, then the line and a caret under the column. */
  private static String format(String reason, int line, int column, String sourceLine) {
    if (line <= 0) {
      return reason;
    }
    StringBuilder text = new StringBuilder("line ").append(line).append(':').append(column).append(": ").append(reason);
    if (sourceLine != null) {
      text.append('\n').append(sourceLine).append('\n').append(" ".repeat(Math.max(0, column - 1))).append('^');
    }
    return text.toString();
  }
}
