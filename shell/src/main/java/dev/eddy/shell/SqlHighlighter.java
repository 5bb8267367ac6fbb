package dev.eddy.shell;

import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the input as it is typed: keywords bold blue, string literals green, comments grey. */
final class SqlHighlighter implements Highlighter {

  static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    return highlight(buffer);
  }

  static AttributedString highlight(String buffer) {
    AttributedStringBuilder out = new AttributedStringBuilder();
    int i = 0;
    while (i < buffer.length()) {
      char c = buffer.charAt(i);
      int end;
      AttributedStyle style = AttributedStyle.DEFAULT;
      if (c == '\'' || c == '"' || c == '`') {
        end = closingQuote(buffer, i, c);
        style = c == '\'' ? STRING : AttributedStyle.DEFAULT;
      } else if (buffer.startsWith("--", i)) {
        int newline = buffer.indexOf('\n', i);
        end = newline < 0 ? buffer.length() : newline;
        style = COMMENT;
      } else if (buffer.startsWith("/*", i)) {
        int close = buffer.indexOf("*/", i + 2);
        end = close < 0 ? buffer.length() : close + 2;
        style = COMMENT;
      } else if (Character.isLetter(c) || c == '_') {
        end = i + 1;
        while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end)) || buffer.charAt(end) == '_')) {
          end++;
        }
        if (SqlKeywords.isKeyword(buffer.substring(i, end))) {
          style = KEYWORD;
        }
      } else {
        end = i + 1;
      }
      out.styled(style, buffer.substring(i, end));
      i = end;
    }
    return out.toAttributedString();
  }

  /** Just past the quote that closes the one at {@code start} (a doubled quote does not close). */
  private static int closingQuote(String buffer, int start, char quote) {
    int i = start + 1;
    while (i < buffer.length()) {
      if (buffer.charAt(i) == quote) {
        if (i + 1 < buffer.length() && buffer.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return buffer.length();
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {
    // Eddy's shell does not mark errors in the input line; the engine reports them with a caret.
  }

  @Override
  public void setErrorIndex(int errorIndex) {
    // As above.
  }
}
