package dev.eddy.sql.parse;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.eddy.sql.EddySqlParseException;
import dev.eddy.sql.grammar.SqlBaseParser;

/**
 * Runs the generated parser over one statement and a tree builder over the result, turning every
 * failure into one {@link EddySqlParseException} positioned in the whole text.
 *
 * <p>Two passes, as Trino does: SLL prediction first, which is fast and right for nearly all
 * input, bailing out at the first problem; only then full LL with error reporting, which is
 * exact but can be much slower. A statement that exhausts the stack — while parsing or while
 * building the tree — is reported as too large or too deeply nested rather than crashing.
 */
public final class ParserDriver {

  private ParserDriver() {
  }

  /**
   * @param rule the start rule, e.g. {@code SqlBaseParser::singleStatement}
   * @param builder turns the parse tree into the result; may throw EddySqlParseException
   */
  public static <C extends ParserRuleContext, T> T parse(StatementText text, Function<SqlBaseParser, C> rule,
      Function<C, T> builder) {
    try {
      return builder.apply(parseTree(text, rule));
    } catch (SyntaxError e) {
      throw text.error(e.token(), e.getMessage());
    } catch (StackOverflowError e) {
      throw text.source().error(text.sourceOffset(0), text.sourceOffset(0),
          "statement is too large or too deeply nested to parse");
    } catch (EddySqlParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // A builder bug must still reach the user as a positioned parse error, not a crash.
      throw text.source().error(text.sourceOffset(0), text.sourceOffset(0),
          "internal parser error: " + e);
    }
  }

  private static <C extends ParserRuleContext> C parseTree(StatementText text, Function<SqlBaseParser, C> rule) {
    CommonTokenStream tokens = new CommonTokenStream(Lexing.lexer(text.text()));
    SqlBaseParser parser = new SqlBaseParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return rule.apply(parser);
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(SyntaxErrorListener.INSTANCE);
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tokens.fill();
      return rule.apply(parser);
    }
  }

}
