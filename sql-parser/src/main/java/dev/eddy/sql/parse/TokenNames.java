package dev.eddy.sql.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.Token;

import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.grammar.SqlBaseParser;

/** How tokens and rules are named in error messages, and how a list of expectations is written. */
final class TokenNames {

  /** Most alternatives an error lists before "...": more would bury the useful ones. */
  private static final int MAX_LISTED = 6;

  /** Rules named as a whole in "Expecting: ..." instead of by their first tokens. */
  static final Map<Integer, String> PHRASES = Map.of(
      SqlBaseParser.RULE_expression, "an expression",
      SqlBaseParser.RULE_booleanExpression, "an expression",
      SqlBaseParser.RULE_valueExpression, "an expression",
      SqlBaseParser.RULE_primaryExpression, "an expression",
      SqlBaseParser.RULE_identifier, "an identifier",
      SqlBaseParser.RULE_type, "a type",
      SqlBaseParser.RULE_literal, "a literal",
      SqlBaseParser.RULE_duration, "a duration (such as 10 SECONDS)",
      SqlBaseParser.RULE_timeUnit, "a time unit");

  private static final Map<Integer, String> VALUE_TOKENS = Map.of(
      SqlBaseLexer.STRING, "a string",
      SqlBaseLexer.INTEGER_VALUE, "an integer",
      SqlBaseLexer.DECIMAL_VALUE, "a number",
      SqlBaseLexer.DOUBLE_VALUE, "a number",
      SqlBaseLexer.IDENTIFIER, "an identifier");

  private static final String END = "end of input";

  private TokenNames() {
  }

  /** A token type as a reader knows it: a keyword, quoted punctuation, or "a string". */
  static String display(int type) {
    if (type == Token.EOF) {
      return END;
    }
    String keyword = Keywords.keyword(SqlBaseLexer.VOCABULARY, type);
    if (keyword != null) {
      return keyword;
    }
    String value = VALUE_TOKENS.get(type);
    if (value != null) {
      return value;
    }
    String literal = SqlBaseLexer.VOCABULARY.getLiteralName(type);
    return literal != null ? literal : SqlBaseLexer.VOCABULARY.getDisplayName(type);
  }

  /**
   * Writes expectations as a short list: phrases first ("an expression"), then keywords, then
   * punctuation, each group sorted, at most {@link #MAX_LISTED} before "...". "end of input" is
   * dropped when ';' is also expected, as the two mean the same to a reader.
   */
  static String list(Set<String> expected) {
    List<String> items = new ArrayList<>(expected);
    if (items.contains("';'")) {
      items.remove(END);
    }
    items.sort(Comparator.comparingInt(TokenNames::group).thenComparing(Comparator.naturalOrder()));
    if (items.size() <= MAX_LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_LISTED)) + ", ...";
  }

  private static int group(String item) {
    if (item.startsWith("a ") || item.startsWith("an ")) {
      return 0;
    }
    if (Character.isLetter(item.charAt(0)) && !item.equals(END)) {
      return 1;
    }
    return item.equals(END) ? 3 : 2;
  }
}
