package dev.eddy.sql.parse;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.grammar.SqlBaseParser;

/**
 * Eddy SQL's keywords, read from the generated grammar so they never drift from it: every token
 * whose literal is a word, and which of those are reserved (not usable as a name without
 * backquotes, i.e. not in the grammar's {@code nonReserved} rule).
 */
public final class Keywords {

  private static final Set<String> ALL;
  private static final Set<String> RESERVED;

  static {
    Vocabulary vocabulary = SqlBaseLexer.VOCABULARY;
    ATN atn = SqlBaseParser._ATN;
    IntervalSet nonReserved = atn.nextTokens(atn.ruleToStartState[SqlBaseParser.RULE_nonReserved]);
    Set<String> all = new TreeSet<>();
    Set<String> reserved = new TreeSet<>();
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      String word = keyword(vocabulary, type);
      if (word != null) {
        all.add(word);
        if (!nonReserved.contains(type)) {
          reserved.add(word);
        }
      }
    }
    ALL = Collections.unmodifiableSet(all);
    RESERVED = Collections.unmodifiableSet(reserved);
  }

  private Keywords() {
  }

  /** The keyword a token type stands for, or null when it is punctuation or a value token. */
  public static String keyword(Vocabulary vocabulary, int type) {
    String literal = vocabulary.getLiteralName(type);
    if (literal == null || literal.length() < 3) {
      return null;
    }
    String word = literal.substring(1, literal.length() - 1);
    return word.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? word : null;
  }

  /** Every keyword, upper case. */
  public static Set<String> all() {
    return ALL;
  }

  /** Keywords that need backquotes to be used as names. */
  public static Set<String> reserved() {
    return RESERVED;
  }
}
