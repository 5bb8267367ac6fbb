package dev.eddy.engine.exec;

import org.apache.calcite.sql.parser.SqlParserPos;

/** A statement refused for a reason found at a place in its text. */
public final class PositionedException extends RuntimeException {

  private final SqlParserPos position;

  public PositionedException(SqlParserPos position, String message) {
    super(message);
    this.position = position;
  }

  public SqlParserPos position() {
    return position;
  }
}
