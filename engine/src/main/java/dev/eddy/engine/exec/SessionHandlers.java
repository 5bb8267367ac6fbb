package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.sql.tree.SqlDefineVariable;
import dev.eddy.sql.tree.SqlSetProperty;
import dev.eddy.sql.tree.SqlUndefineVariable;
import dev.eddy.sql.tree.SqlUnsetProperty;

/** SET, UNSET, DEFINE and UNDEFINE: they change only the session they run in. */
final class SessionHandlers {

  private SessionHandlers() {}

  static StatementResult set(SqlSetProperty statement, StatementContext context) {
    context.session().set(statement.name(), statement.value());
    return new StatementResult.Message(context.text(),
        "Successfully changed local property '" + statement.name() + "' to '" + statement.value() + "'.", null);
  }

  static StatementResult unset(SqlUnsetProperty statement, StatementContext context) {
    boolean wasSet = context.session().unset(statement.name());
    return new StatementResult.Message(context.text(), wasSet
        ? "Successfully unset local property '" + statement.name() + "'."
        : "Property '" + statement.name() + "' was not set; nothing changed.", null);
  }

  static StatementResult define(SqlDefineVariable statement, StatementContext context) {
    context.session().variables().put(statement.name(), statement.value());
    return new StatementResult.Message(context.text(), "Defined variable " + statement.name() + ".", null);
  }

  static StatementResult undefine(SqlUndefineVariable statement, StatementContext context) {
    boolean existed = context.session().variables().remove(statement.name()) != null;
    return new StatementResult.Message(context.text(), existed
        ? "Undefined variable " + statement.name() + "."
        : "Variable " + statement.name() + " was not defined; nothing changed.", null);
  }
}
