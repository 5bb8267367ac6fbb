package dev.eddy.sql.parse;

import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

import dev.eddy.sql.grammar.SqlBaseLexer;

/** Runs Eddy's lexer over a text. The lexer never fails: unknown characters become UNRECOGNIZED tokens. */
final class Lexing {

  private Lexing() {
  }

  static SqlBaseLexer lexer(String text) {
    SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Every token of the text, hidden ones (comments, whitespace) included, ending with EOF. */
  static List<Token> allTokens(String text) {
    CommonTokenStream stream = new CommonTokenStream(lexer(text));
    stream.fill();
    return stream.getTokens();
  }
}
