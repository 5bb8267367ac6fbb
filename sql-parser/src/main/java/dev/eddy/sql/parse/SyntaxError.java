package dev.eddy.sql.parse;

import org.antlr.v4.runtime.Token;

/**
 * A syntax error found inside ANTLR's call stack, carrying the offending token of the
 * statement being parsed; {@link ParserDriver} turns it into a positioned
 * {@link dev.eddy.sql.EddySqlParseException} in whole-text coordinates.
 */
final class SyntaxError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Token token;

  SyntaxError(Token token, String reason) {
    super(reason, null, false, false);
    this.token = token;
  }

  Token token() {
    return token;
  }
}
