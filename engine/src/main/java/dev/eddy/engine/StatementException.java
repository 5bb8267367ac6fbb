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
  private final int line;
  private final int column;
  private final String statementText;

  public StatementException(Kind kind, String message, int line, int column, String statementText, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.statementText = statementText;
  }

  public Kind kind() {
    return kind;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String statementText() {
    return statementText;
  }
}
