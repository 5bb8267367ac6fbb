package dev.eddy.engine.exec;

import org.apache.calcite.sql.parser.SqlParserPos;

/** A statement refused for a reason found at a place in its text. */
public final class PositionedException extends RuntimeException {

  private final SqlParserPos position;
  private final boolean syntax;

  public PositionedException(SqlParserPos position, String message) {
    this(position, message, false);
  }

  private PositionedException(SqlParserPos position, String message, boolean syntax) {
    super(message);
    this.position = position;
    this.syntax = syntax;
  }

  /**
   * A refusal that belongs to the dialect's syntax though only the engine sees it: a WITH
   * property value ksqlDB reads while parsing, or a statement only a client understands.
   */
  public static PositionedException syntax(SqlParserPos position, String message) {
    return new PositionedException(position, message, true);
  }

  public boolean isSyntax() {
    return syntax;
  }

  public SqlParserPos position() {
    return position;
  }
}
