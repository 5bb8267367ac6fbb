package dev.eddy.shell;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * The line reader's parser: Enter accepts the buffer only once it ends a statement, that is when
 * nothing but blanks and comments follows a top-level {@code ;}; otherwise it throws
 * {@link EOFError}, which makes JLine insert a newline and show the continuation prompt. Shell
 * commands ({@code exit}, {@code quit}) and an empty buffer are accepted without a {@code ;}.
 *
 * <p>Splitting into words (for completion) is left to JLine's {@link DefaultParser}, with
 * backslash escapes off because SQL has none.
 */
final class SqlLineParser implements Parser {

  private final DefaultParser words = new DefaultParser()
      .escapeChars(new char[0])
      .quoteChars(new char[] {'\'', '"', '`'});

  SqlLineParser() {
    words.setEofOnUnclosedQuote(false);
    words.setEofOnEscapedNewLine(false);
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
    if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
      throw new EOFError(-1, -1, "statement not ended by ;", "statement");
    }
    // The whole buffer was judged above; DefaultParser must not judge it again by its own rules.
    ParseContext wordContext = context == ParseContext.ACCEPT_LINE ? ParseContext.SPLIT_LINE : context;
    return words.parse(line, cursor, wordContext);
  }

  /** Whether the buffer may be run as it is. */
  static boolean isComplete(String buffer) {
    if (StatementSplitter.isBlank(buffer) && !StatementSplitter.split(buffer).restOpen()) {
      return true;
    }
    if (ShellCommand.parse(buffer) != null) {
      return true;
    }
    return StatementSplitter.split(buffer).complete();
  }
}
