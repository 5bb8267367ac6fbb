package dev.eddy.sql.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Works out, at a syntax error, how far the input can be read and what would have been accepted
 * there — in words for whole rules ("an expression") rather than their dozens of first tokens.
 *
 * <p>Why not ANTLR's own expected-token set: after a failed prediction ANTLR reports the state
 * where the decision <em>started</em>, which may be several tokens before the real problem;
 * after an optional clause was skipped it reports only what the enclosing rule wanted; and it
 * lists every token individually. Instead this simulates the grammar's ATN over the actual
 * tokens, as an NFA, following every path; the error is at the furthest token any path
 * reached, and the expectations are what those paths wanted there. Entering a rule listed in
 * {@code phrases} records the phrase instead of the rule's first tokens.
 *
 * <p>{@link #fromStart} simulates the whole statement from its start rule, which sees every
 * alternative (so {@code FROM s EMIT CHANGE} lists CHANGES as well as the clauses that may
 * follow an alias). {@link #fromFailure} starts at the failing state and climbs the context
 * stack when the rule ends: cheaper, for statements too long for the first.
 *
 * <p>Work is bounded by a step budget ({@link BudgetExceeded}); callers fall back to ANTLR's
 * set then. Not thread-safe: one instance per error.
 */
final class ExpectationAnalyzer {

  /** The furthest token reached and what would have been accepted there. */
  record Expectation(int tokenIndex, Set<String> phrases, IntervalSet tokenTypes) {
  }

  /** Thrown when the simulation would take too long (pathological input). */
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  private static final int STEP_BUDGET = 200_000;

  private record Walker(ATNState state, int tokenIndex, boolean suppressed) {
  }

  private final Parser parser;
  private final ATN atn;
  private final TokenStream tokens;
  private final Map<Integer, String> phrases;
  private final Map<Walker, Set<Integer>> memo = new HashMap<>();
  private final Set<String> expectedPhrases = new HashSet<>();
  private final IntervalSet expectedTypes = new IntervalSet();
  private int furthest = -1;
  private int steps;

  /** @param phrases rule index → the words standing for the whole rule */
  ExpectationAnalyzer(Parser parser, Map<Integer, String> phrases) {
    this.parser = parser;
    this.atn = parser.getATN();
    this.tokens = parser.getTokenStream();
    this.phrases = phrases;
  }

  /** Simulates the statement from the beginning of the outermost rule being parsed. */
  Expectation fromStart() {
    RuleContext root = parser.getContext();
    while (root.parent != null) {
      root = root.parent;
    }
    walk(new Walker(atn.ruleToStartState[root.getRuleIndex()], 0, false), 0);
    return new Expectation(furthest, expectedPhrases, expectedTypes);
  }

  /** Simulates from the state where the parser failed, then up its callers. */
  Expectation fromFailure(RecognitionException e) {
    ATNState state;
    int tokenIndex;
    RuleContext context;
    if (e != null) {
      state = atn.states.get(e.getOffendingState());
      Token token = e instanceof NoViableAltException noViable ? noViable.getStartToken() : e.getOffendingToken();
      tokenIndex = token.getTokenIndex();
      context = e.getCtx();
    } else {
      state = atn.states.get(parser.getState());
      tokenIndex = parser.getCurrentToken().getTokenIndex();
      context = parser.getContext();
    }
    ATNState ruleStart = atn.ruleToStartState[state.ruleIndex];
    if (reachableWithoutInput(ruleStart, state)) {
      // Nothing of the rule was read yet: start at its beginning, so its phrase applies.
      state = ruleStart;
    }
    Set<Integer> ends = walk(new Walker(state, tokenIndex, false), 0);
    while (!ends.isEmpty() && context != null && context.invokingState != -1) {
      ATNState follow = ((RuleTransition) atn.states.get(context.invokingState).transition(0)).followState;
      Set<Integer> next = new HashSet<>();
      for (int end : ends) {
        next.addAll(walk(new Walker(follow, end, false), 0));
      }
      ends = next;
      context = context.parent;
    }
    return new Expectation(furthest, expectedPhrases, expectedTypes);
  }

  private boolean reachableWithoutInput(ATNState from, ATNState target) {
    Deque<ATNState> pending = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    pending.push(from);
    while (!pending.isEmpty()) {
      ATNState current = pending.pop();
      if (current.stateNumber == target.stateNumber) {
        return true;
      }
      if (!seen.add(current.stateNumber)) {
        continue;
      }
      for (Transition transition : current.getTransitions()) {
        if (transition.isEpsilon() && !(transition instanceof RuleTransition)) {
          pending.push(transition.target);
        }
      }
    }
    return false;
  }

  /** Simulates one rule invocation; returns the token indexes at which it can end. */
  private Set<Integer> walk(Walker start, int precedence) {
    Set<Integer> cached = memo.get(start);
    if (cached != null) {
      return cached;
    }
    Set<Integer> ends = new HashSet<>();
    Set<Walker> seen = new HashSet<>();
    Deque<Walker> pending = new ArrayDeque<>();
    pending.push(start);
    while (!pending.isEmpty()) {
      if (++steps > STEP_BUDGET) {
        throw new BudgetExceeded();
      }
      Walker current = pending.pop();
      if (!seen.add(current)) {
        continue;
      }
      ATNState state = current.state();
      int tokenIndex = skipHidden(current.tokenIndex());
      boolean suppressed = current.suppressed();
      if (state.getStateType() == ATNState.RULE_START && phrases.containsKey(state.ruleIndex)) {
        if (!suppressed) {
          record(tokenIndex, phrases.get(state.ruleIndex));
        }
        suppressed = true;
      }
      if (state instanceof RuleStopState) {
        ends.add(tokenIndex);
        continue;
      }
      int tokenType = tokens.get(tokenIndex).getType();
      for (Transition transition : state.getTransitions()) {
        if (transition instanceof RuleTransition call) {
          for (int end : walk(new Walker(call.target, tokenIndex, suppressed), call.precedence)) {
            pending.push(new Walker(call.followState, end, suppressed && end == tokenIndex));
          }
        } else if (transition instanceof PrecedencePredicateTransition predicate) {
          if (predicate.precedence >= precedence) {
            pending.push(new Walker(transition.target, tokenIndex, suppressed));
          }
        } else if (transition.isEpsilon()) {
          pending.push(new Walker(transition.target, tokenIndex, suppressed));
        } else {
          IntervalSet labels = labels(transition);
          if (tokenType != Token.EOF && labels.contains(tokenType)) {
            pending.push(new Walker(transition.target, tokenIndex + 1, false));
          } else {
            record(tokenIndex, labels, suppressed);
          }
        }
      }
    }
    memo.put(start, ends);
    return ends;
  }

  private IntervalSet labels(Transition transition) {
    if (transition instanceof WildcardTransition) {
      return IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType);
    }
    IntervalSet labels = transition.label();
    if (transition instanceof NotSetTransition) {
      return labels.complement(IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType));
    }
    return labels;
  }

  private int skipHidden(int tokenIndex) {
    while (tokenIndex < tokens.size() - 1 && tokens.get(tokenIndex).getChannel() != Token.DEFAULT_CHANNEL) {
      tokenIndex++;
    }
    return tokenIndex;
  }

  private boolean moveTo(int tokenIndex) {
    if (tokenIndex < furthest) {
      return false;
    }
    if (tokenIndex > furthest) {
      furthest = tokenIndex;
      expectedPhrases.clear();
      expectedTypes.clear();
    }
    return true;
  }

  private void record(int tokenIndex, String phrase) {
    if (moveTo(tokenIndex)) {
      expectedPhrases.add(phrase);
    }
  }

  private void record(int tokenIndex, IntervalSet labels, boolean suppressed) {
    if (moveTo(tokenIndex)) {
      // Token types are kept even under a phrase: they feed "Did you mean ...?".
      expectedTypes.addAll(labels);
      if (!suppressed) {
        for (int type : labels.toList()) {
          expectedPhrases.add(TokenNames.display(type));
        }
      }
    }
  }
}
