package dev.eddy.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import dev.eddy.sql.grammar.SqlBaseLexer;

/**
 * Turns the parser's first syntax error into one {@link SyntaxError} in words: what was found,
 * what was expected ({@link ExpectationAnalyzer}), and for a misspelled keyword the likely one.
 * Parsing stops at the first error: recovering would only add confusing follow-up errors.
 */
final class SyntaxErrorListener extends BaseErrorListener {

  static final SyntaxErrorListener INSTANCE = new SyntaxErrorListener();

  private static final int MAX_QUOTED = 30;

  private SyntaxErrorListener() {
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
      String antlrMessage, RecognitionException e) {
    Parser parser = (Parser) recognizer;
    Token offending = (Token) offendingSymbol;
    String problem = tokenProblem(offending);
    if (problem != null) {
      throw new SyntaxError(offending, problem);
    }
    ExpectationAnalyzer.Expectation expectation = expectation(parser, e, offending);
    Token token = parser.getTokenStream().get(expectation.tokenIndex());
    problem = tokenProblem(token);
    if (problem != null) {
      throw new SyntaxError(token, problem);
    }
    StringBuilder reason = new StringBuilder(found(token));
    if (!expectation.phrases().isEmpty()) {
      reason.append(". Expecting: ").append(TokenNames.list(expectation.phrases()));
    }
    String suggestion = suggestion(token, expectation.tokenTypes());
    if (suggestion != null) {
      reason.append(reason.toString().endsWith("...") ? " " : ". ").append("Did you mean ").append(suggestion).append('?');
    }
    throw new SyntaxError(token, reason.toString());
  }

  private static ExpectationAnalyzer.Expectation expectation(Parser parser, RecognitionException e, Token offending) {
    try {
      return new ExpectationAnalyzer(parser, TokenNames.PHRASES).fromStart();
    } catch (ExpectationAnalyzer.BudgetExceeded | StackOverflowError tooLong) {
      // A long statement: analyze only around the failure.
    }
    try {
      return new ExpectationAnalyzer(parser, TokenNames.PHRASES).fromFailure(e);
    } catch (ExpectationAnalyzer.BudgetExceeded | StackOverflowError tooHard) {
      // Pathological input: ANTLR's own (coarser) set is still better than nothing.
      IntervalSet types = parser.getExpectedTokens();
      Set<String> phrases = new java.util.HashSet<>();
      for (int type : types.toList()) {
        phrases.add(TokenNames.display(type));
      }
      return new ExpectationAnalyzer.Expectation(offending.getTokenIndex(), phrases, types);
    }
  }

  /** Tokens that are wrong in themselves, whatever the grammar expected. */
  private static String tokenProblem(Token token) {
    switch (token.getType()) {
      case SqlBaseLexer.UNTERMINATED_STRING:
        return "unterminated string: a ' is missing";
      case SqlBaseLexer.UNTERMINATED_QUOTED_IDENTIFIER:
        return "unterminated quoted name: a closing " + token.getText().charAt(0) + " is missing";
      case SqlBaseLexer.UNTERMINATED_COMMENT:
        return "unterminated comment: */ is missing";
      case SqlBaseLexer.UNRECOGNIZED:
        return "unexpected character '" + token.getText() + "'";
      case SqlBaseLexer.VARIABLE:
        return "undefined variable " + token.getText();
      default:
        return null;
    }
  }

  private static String found(Token token) {
    if (token.getType() == Token.EOF) {
      return "unexpected end of input";
    }
    String text = token.getText();
    if (text.length() > MAX_QUOTED) {
      text = text.substring(0, MAX_QUOTED) + "...";
    }
    return "mismatched input '" + text + "'";
  }

  /** The keyword a misspelled word most likely meant, among those expected there. */
  private static String suggestion(Token token, IntervalSet expectedTypes) {
    if (token.getType() != SqlBaseLexer.IDENTIFIER && Keywords.keyword(SqlBaseLexer.VOCABULARY, token.getType()) == null) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    for (int type : expectedTypes.toList()) {
      String keyword = Keywords.keyword(SqlBaseLexer.VOCABULARY, type);
      if (keyword != null) {
        candidates.add(keyword);
      }
    }
    return KeywordSuggester.suggest(token.getText(), candidates);
  }
}
