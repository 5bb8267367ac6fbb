package dev.eddy.jdbc;

import dev.eddy.engine.StatementException;
import dev.eddy.engine.catalog.UnknownNameException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.regex.Pattern;

/**
 * Turns the engine's refusals into SQLExceptions. The message is the engine's own (line,
 * column, the source line and a caret under the spot); the {@link StatementException} is the
 * cause. Every refusal of SQLSTATE class 42 is a {@link SQLSyntaxErrorException}, as JDBC
 * prescribes for that class:
 * <ul>
 *   <li>SYNTAX — 42000;</li>
 *   <li>INVALID — 42S02 for an unknown stream, table or object, 42S22 for an unknown column,
 *       42000 for anything else;</li>
 *   <li>EXECUTION — HY000, a plain SQLException.</li>
 * </ul>
 */
final class SqlErrors {

  /** Calcite's wording for unknown columns ("Column 'X' not found in any table"). */
  private static final Pattern UNKNOWN_COLUMN = Pattern.compile("^Column '.*' not found");
  /** Calcite's wording for unknown tables ("Object 'X' not found"). */
  private static final Pattern UNKNOWN_OBJECT = Pattern.compile("^(Object|Table) '.*' not found");

  private SqlErrors() {}

  static SQLException from(StatementException e) {
    return switch (e.kind()) {
      case SYNTAX -> new SQLSyntaxErrorException(e.getMessage(), SqlStates.SYNTAX_ERROR, e);
      case INVALID -> new SQLSyntaxErrorException(e.getMessage(), invalidState(e), e);
      case EXECUTION -> new SQLException(e.getMessage(), SqlStates.GENERAL_ERROR, e);
    };
  }

  /** The engine has no error codes yet, so the kind of unknown name is read from the cause. */
  private static String invalidState(StatementException e) {
    String reason = e.reason() == null ? "" : e.reason();
    if (e.getCause() instanceof UnknownNameException && reason.startsWith("Stream or table")
        || UNKNOWN_OBJECT.matcher(reason).find()) {
      return SqlStates.UNKNOWN_TABLE;
    }
    if (UNKNOWN_COLUMN.matcher(reason).find()) {
      return SqlStates.UNKNOWN_COLUMN;
    }
    return SqlStates.SYNTAX_ERROR;
  }
}
