package dev.eddy.conformance;

import dev.eddy.engine.StatementException;

/**
 * What kind of failure a negative case expects. Eddy never copies ksqlDB's wording, so a case's
 * expected exception is judged by category, mapped from the ksqlDB class it names; its
 * {@code message} is not compared (a deliberate difference from ksqlDB's runner).
 */
public enum ErrorCategory {
  /** The text does not parse ({@code ParseFailedException}). */
  SYNTAX,
  /** A statement was refused by analysis, validation or execution ({@code KsqlStatementException}). */
  STATEMENT,
  /** Processing records failed and the failure escaped the query ({@code StreamsException}). */
  PROCESSING;

  /**
   * The broadest category the ksqlDB class accepts. Upstream matches with instance-of over
   * StreamsException ⊃ KsqlException ⊃ KsqlStatementException ⊃ ParseFailedException, so a
   * broader class accepts every narrower category too (see {@link #accepts}).
   */
  public static ErrorCategory expected(String ksqlClass) {
    if (ksqlClass == null) {
      return PROCESSING; // only a message is given: any error may carry it
    }
    String simple = ksqlClass.substring(ksqlClass.lastIndexOf('.') + 1);
    return switch (simple) {
      case "ParseFailedException" -> SYNTAX;
      case "KsqlStatementException", "KsqlException" -> STATEMENT;
      default -> PROCESSING; // StreamsException and anything unknown: the broadest
    };
  }

  /** Whether an error of category {@code actual} is an instance of what this category names. */
  public boolean accepts(ErrorCategory actual) {
    return actual.ordinal() <= ordinal();
  }

  public static ErrorCategory of(StatementException e) {
    return e.kind() == StatementException.Kind.SYNTAX ? SYNTAX : STATEMENT;
  }
}
