package dev.eddy.jdbc;

import dev.eddy.engine.StatementException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.regex.Pattern;

/**
 * Turns the engine's refusals, in-process or from a server, into SQLExceptions. The message is
 * the engine's own (line, column, the source line and a caret under the spot); in-process the
 * {@link StatementException} is the cause. Every refusal of SQLSTATE class 42 is a
 * {@link SQLSyntaxErrorException}, as JDBC prescribes for that class:
 * <ul>
 *   <li>SYNTAX — 42000;</li>
 *   <li>INVALID — 42S02 for an unknown stream, table or object, 42S22 for an unknown column,
 *       42000 for anything else;</li>
 *   <li>EXECUTION — HY000, a plain SQLException.</li>
 * </ul>
 * A server reports SYNTAX and INVALID alike (error code 40001), which loses nothing: both are
 * 42000 unless the reason names an unknown source or column.
 */
final class SqlErrors {

  /** The engine's wording for unknown sources, and Calcite's ("Object 'X' not found"). */
  private static final Pattern UNKNOWN_OBJECT =
      Pattern.compile("^(Stream or table '.*' does not exist|(Object|Table) '.*' not found)");
  /** Calcite's wording for unknown columns ("Column 'X' not found in any table"). */
  private static final Pattern UNKNOWN_COLUMN = Pattern.compile("^Column '.*' not found");
  /** The position the engine puts before a reason: "line 2:8: ". */
  private static final Pattern POSITION = Pattern.compile("^line \\d+:\\d+: ");

  /** ksqlDB's error code for a statement the server refused as wrong. */
  static final int BAD_STATEMENT = 40001;

  private SqlErrors() {}

  static SQLException from(StatementException e) {
    return switch (e.kind()) {
      case SYNTAX -> new SQLSyntaxErrorException(e.getMessage(), SqlStates.SYNTAX_ERROR, e);
      case INVALID -> new SQLSyntaxErrorException(e.getMessage(), invalidState(e.reason()), e);
      case EXECUTION -> new SQLException(e.getMessage(), SqlStates.GENERAL_ERROR, e);
    };
  }

  /**
   * A server's statement_error.
   *
   * @param message the engine's message, position and caret included
   */
  static SQLException fromServer(int errorCode, String message) {
    if (errorCode != BAD_STATEMENT) {
      return new SQLException(message, SqlStates.GENERAL_ERROR, errorCode);
    }
    String reason = POSITION.matcher(message.lines().findFirst().orElse("")).replaceFirst("");
    return new SQLSyntaxErrorException(message, invalidState(reason), errorCode);
  }

  /** The engine has no error codes yet, so the kind of unknown name is read from the reason. */
  private static String invalidState(String reason) {
    String text = reason == null ? "" : reason;
    if (UNKNOWN_OBJECT.matcher(text).find()) {
      return SqlStates.UNKNOWN_TABLE;
    }
    if (UNKNOWN_COLUMN.matcher(text).find()) {
      return SqlStates.UNKNOWN_COLUMN;
    }
    return SqlStates.SYNTAX_ERROR;
  }
}
