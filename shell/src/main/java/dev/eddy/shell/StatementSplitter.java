package dev.eddy.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into statements at each top-level {@code ;}: one outside string literals
 * ({@code 'it''s'}), quoted names ({@code "a;b"}, {@code `a;b`}), line comments ({@code -- x;})
 * and block comments ({@code /* x; *}{@code /}). The quoting rules are Eddy's lexer's: a quote is
 * escaped by doubling it, never by a backslash, so {@code 'C:\'} is a whole string.
 *
 * <p>The shell must not depend on the SQL parser (it reaches the engine only through JDBC), and it
 * has to decide before any server sees the text whether the user has finished typing; so it keeps
 * this small scanner of its own.
 */
final class StatementSplitter {

  /**
   * One statement of a script.
   *
   * @param text the statement, from its first non-blank character up to and including its
   *     {@code ;} (none for a last statement left unterminated)
   * @param line the 1-based line of the script the statement starts on, so a statement's error
   *     position can be translated back into the script
   */
  record Statement(String text, int line) {}

  /**
   * @param statements the statements that hold more than blanks and comments
   * @param rest what follows the last {@code ;} (blank when the text ends with a statement)
   * @param restOpen whether the rest ends inside a string, a quoted name or a block comment
   */
  record Split(List<Statement> statements, String rest, boolean restOpen) {

    /** Whether the text ends where a statement may end: nothing but blanks and comments after the last {@code ;}. */
    boolean complete() {
      return !restOpen && isBlank(rest);
    }
  }

  private enum State { CODE, STRING, DOUBLE_QUOTED, BACK_QUOTED, LINE_COMMENT, BLOCK_COMMENT }

  private StatementSplitter() {}

  static Split split(String sql) {
    List<Statement> statements = new ArrayList<>();
    State state = State.CODE;
    int start = 0;
    int startLine = 1;
    int line = 1;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
      switch (state) {
        case CODE -> {
          if (c == '\'') {
            state = State.STRING;
          } else if (c == '"') {
            state = State.DOUBLE_QUOTED;
          } else if (c == '`') {
            state = State.BACK_QUOTED;
          } else if (c == '-' && next == '-') {
            state = State.LINE_COMMENT;
            i++;
          } else if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            i++;
          } else if (c == ';') {
            add(statements, sql.substring(start, i + 1), startLine);
            start = i + 1;
            startLine = line;
          }
        }
        case STRING, DOUBLE_QUOTED, BACK_QUOTED -> {
          char quote = state == State.STRING ? '\'' : state == State.DOUBLE_QUOTED ? '"' : '`';
          if (c == quote && next == quote) {
            i++; // a doubled quote is an escaped quote: both characters stay inside the literal
          } else if (c == quote) {
            state = State.CODE;
          }
        }
        case LINE_COMMENT -> state = c == '\n' ? State.CODE : state;
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            state = State.CODE;
            i++;
          }
        }
      }
      if (c == '\n') {
        line++;
      }
    }
    String rest = sql.substring(start);
    boolean open = state == State.STRING || state == State.DOUBLE_QUOTED || state == State.BACK_QUOTED
        || state == State.BLOCK_COMMENT;
    return new Split(List.copyOf(statements), rest, open);
  }

  /**
   * The statements of a script, its unterminated last statement included: a script or {@code -e}
   * text may leave the final {@code ;} out.
   */
  static List<Statement> statementsOf(String script) {
    Split split = split(script);
    if (isBlank(split.rest())) {
      return split.statements();
    }
    List<Statement> all = new ArrayList<>(split.statements());
    int line = 1 + (int) script.substring(0, script.length() - split.rest().length()).chars().filter(c -> c == '\n').count();
    add(all, split.rest(), line);
    return List.copyOf(all);
  }

  /** Whether text holds nothing but whitespace and comments (an unterminated block comment counts as a comment). */
  static boolean isBlank(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else if (c == ';') {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Adds a statement unless it is only blanks and comments (as {@code ;;} leaves), starting it at its first non-blank character. */
  private static void add(List<Statement> statements, String text, int line) {
    if (isBlank(text)) {
      return;
    }
    int first = 0;
    while (Character.isWhitespace(text.charAt(first))) {
      if (text.charAt(first) == '\n') {
        line++;
      }
      first++;
    }
    statements.add(new Statement(text.substring(first).stripTrailing(), line));
  }
}
