package dev.eddy.sql.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

import dev.eddy.sql.grammar.SqlBaseLexer;

/**
 * Cuts a script into statements at top-level semicolons. It works on the lexer's tokens, so a
 * {@code ;} inside a string, a quoted name or a comment never splits, and an unterminated string
 * or comment swallows the rest of the text as ksqlDB would (the parser then reports it).
 * Comments and whitespace between statements belong to no statement; a stretch holding only
 * those, or an empty statement ({@code ;;}), yields nothing.
 */
public final class StatementSplitter {

  /** One statement's extent, as code point indexes into the whole text; {@code end} is exclusive. */
  public record Span(int start, int end) {
  }

  private StatementSplitter() {
  }

  public static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    int lastStop = -1;
    for (Token token : Lexing.allTokens(text)) {
      if (token.getType() == Token.EOF) {
        break;
      }
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getType() == SqlBaseLexer.SEMICOLON) {
        if (start >= 0) {
          spans.add(new Span(start, token.getStopIndex() + 1));
        }
        start = -1;
        continue;
      }
      if (start < 0) {
        start = token.getStartIndex();
      }
      lastStop = token.getStopIndex();
    }
    if (start >= 0) {
      spans.add(new Span(start, lastStop + 1));
    }
    return spans;
  }
}
