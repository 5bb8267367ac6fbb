package dev.eddy.sql.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.Token;

import dev.eddy.sql.grammar.SqlBaseLexer;

/**
 * Replaces {@code ${name}} by the value of a variable (DEFINE, or the map given to the parser)
 * before a statement is parsed, as ksqlDB does. It works token by token: a {@code ${name}}
 * standing as a token must be defined (else an error names it, at its position); inside a
 * string or a quoted name it is replaced when defined and otherwise left as written, since
 * such text may legitimately contain {@code ${...}}; comments are never touched.
 * Variable names are matched ignoring case.
 */
public final class VariableSubstitutor {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_@]*)}");

  private VariableSubstitutor() {
  }

  /**
   * @param source the whole text
   * @param start code point index where the statement starts in it
   * @param end code point index (exclusive) where it ends
   * @param variables upper-cased names to values
   */
  public static StatementText substitute(SourceText source, int start, int end, Map<String, String> variables) {
    String whole = source.text();
    int startChar = whole.offsetByCodePoints(0, start);
    int endChar = whole.offsetByCodePoints(startChar, end - start);
    String statement = whole.substring(startChar, endChar);
    Builder out = new Builder(statement.codePointCount(0, statement.length()));
    for (Token token : Lexing.allTokens(statement)) {
      if (token.getType() == Token.EOF) {
        break;
      }
      int tokenStartChar = startChar + statement.offsetByCodePoints(0, token.getStartIndex());
      String text = token.getText();
      switch (token.getType()) {
        case SqlBaseLexer.VARIABLE: {
          String name = text.substring(2, text.length() - 1);
          String value = variables.get(name.toUpperCase(Locale.ROOT));
          if (value == null) {
            throw source.error(tokenStartChar, tokenStartChar + text.length() - 1,
                "Undefined variable '" + name + "'. Define it with DEFINE " + name + " = '<value>';");
          }
          out.append(value, tokenStartChar, true);
          break;
        }
        case SqlBaseLexer.STRING:
        case SqlBaseLexer.BACKQUOTED_IDENTIFIER:
        case SqlBaseLexer.QUOTED_IDENTIFIER:
          appendReplacingInside(out, text, tokenStartChar, variables);
          break;
        default:
          out.append(text, tokenStartChar, false);
      }
    }
    return out.build(startChar + statement.length(), source);
  }

  private static void appendReplacingInside(Builder out, String text, int textStart, Map<String, String> variables) {
    Matcher matcher = REFERENCE.matcher(text);
    int copied = 0;
    while (matcher.find()) {
      String value = variables.get(matcher.group(1).toUpperCase(Locale.ROOT));
      if (value == null) {
        continue;
      }
      out.append(text.substring(copied, matcher.start()), textStart + copied, false);
      out.append(value, textStart + matcher.start(), true);
      copied = matcher.end();
    }
    out.append(text.substring(copied), textStart + copied, false);
  }

  /** Accumulates the substituted text and, per code point, where it came from. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets;
    private int count;

    Builder(int expectedCodePoints) {
      offsets = new int[expectedCodePoints + 1];
    }

    /** @param whole all code points map to {@code sourceStart} (a substituted value) */
    void append(String piece, int sourceStart, boolean whole) {
      text.append(piece);
      int charOffset = 0;
      while (charOffset < piece.length()) {
        if (count + 1 >= offsets.length) {
          offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2 + 2);
        }
        offsets[count++] = whole ? sourceStart : sourceStart + charOffset;
        charOffset += Character.charCount(piece.codePointAt(charOffset));
      }
    }

    StatementText build(int endOffset, SourceText source) {
      offsets[count] = endOffset;
      return new StatementText(text.toString(), java.util.Arrays.copyOf(offsets, count + 1), source);
    }
  }
}
