package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.sql.tree.SqlCreateType;
import dev.eddy.sql.tree.SqlDropType;
import org.apache.calcite.rel.type.RelDataType;

/** CREATE TYPE and DROP TYPE: named types usable wherever a type is written. */
final class TypeHandlers {

  private final EngineContext engine;

  TypeHandlers(EngineContext engine) {
    this.engine = engine;
  }

  StatementResult create(SqlCreateType statement, StatementContext context) {
    String name = statement.name().getSimple();
    if (engine.catalog().types().containsKey(name)) {
      if (statement.ifNotExists()) {
        return new StatementResult.Message(context.text(), "Type " + name + " already exists; nothing changed.", null);
      }
      throw new PositionedException(statement.name().getParserPosition(), "Type " + name + " already exists.");
    }
    RelDataType type = engine.validators().resolveType(statement.type());
    if (!context.replaying()) {
      engine.commands().append(context.command(null));
    }
    engine.catalog().registerType(name, type);
    return new StatementResult.Message(context.text(), "Created type " + name + " " + TypeNames.of(type) + ".", null);
  }

  StatementResult drop(SqlDropType statement, StatementContext context) {
    String name = statement.name().getSimple();
    if (!engine.catalog().types().containsKey(name)) {
      if (statement.ifExists()) {
        return new StatementResult.Message(context.text(), "Type " + name + " does not exist; nothing dropped.", null);
      }
      throw new PositionedException(statement.name().getParserPosition(), "Type " + name + " does not exist.");
    }
    if (!context.replaying()) {
      engine.commands().append(context.command(null));
    }
    engine.catalog().removeType(name);
    return new StatementResult.Message(context.text(), "Dropped type " + name + ".", null);
  }
}
