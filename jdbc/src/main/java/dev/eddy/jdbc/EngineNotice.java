package dev.eddy.jdbc;

import java.sql.SQLWarning;

/**
 * An engine message ("Stream ORDERS created") delivered as a statement warning. It reports an
 * outcome, not a failure, so it carries no stack trace: tools that print warnings verbosely
 * (sqlline with -f) would otherwise print the driver's call stack under every DDL.
 */
final class EngineNotice extends SQLWarning {

  EngineNotice(String message) {
    super(message, SqlStates.WARNING);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
