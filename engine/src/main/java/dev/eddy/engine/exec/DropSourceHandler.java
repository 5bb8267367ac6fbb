package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.sql.tree.SqlDropSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DROP STREAM|TABLE [IF EXISTS] name [DELETE TOPIC]: refused while a persistent query reads or
 * writes the source, naming the queries, as ksqlDB does.
 */
final class DropSourceHandler implements StatementHandler<SqlDropSource> {

  private final EngineContext engine;

  DropSourceHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlDropSource statement, StatementContext context) {
    String name = statement.name().getSimple();
    SourceKind kind = SourceKinds.of(statement.kind());
    Optional<SourceDefinition> found = engine.catalog().find(name);
    if (found.isEmpty()) {
      if (statement.ifExists()) {
        return new StatementResult.Message(context.text(), "No " + kind.displayName() + " named " + name + "; nothing dropped.", null);
      }
      throw new PositionedException(statement.name().getParserPosition(), capitalized(kind) + " '" + name
          + "' does not exist." + NearestNames.hint(name,
              engine.catalog().sources(kind).stream().map(SourceDefinition::name).toList()));
    }
    SourceDefinition source = found.get();
    if (source.kind() != kind) {
      throw new PositionedException(statement.name().getParserPosition(), name + " is a " + source.kind().displayName()
          + ", not a " + kind.displayName() + ": use DROP " + source.kind().name() + ".");
    }
    if (statement.deleteTopic() && source.readOnly()) {
      throw new PositionedException(statement.getParserPosition(), "Cannot delete the topic of " + name
          + ": it is a read-only SOURCE " + kind.displayName() + ". Drop it without DELETE TOPIC.");
    }
    List<PersistentQuery> queries = engine.queries().using(name);
    if (!queries.isEmpty()) {
      throw new PositionedException(statement.name().getParserPosition(), "Cannot drop " + name + ": "
          + queries.stream().map(PersistentQuery::id).collect(Collectors.joining(", "))
          + (queries.size() == 1 ? " reads or writes it" : " read or write it") + ". Terminate "
          + (queries.size() == 1 ? "that query" : "those queries") + " first.");
    }
    if (!context.replaying()) {
      engine.commands().append(context.command(null));
    }
    engine.catalog().remove(name);
    if (statement.deleteTopic() && engine.log().describeTopic(source.topic()).isPresent()) {
      engine.log().deleteTopic(source.topic());
    }
    return new StatementResult.Message(context.text(),
        "Source " + name + " (topic: " + source.topic() + ") was dropped" + (statement.deleteTopic() ? " and its topic deleted." : "."), null);
  }

  private static String capitalized(SourceKind kind) {
    return kind == SourceKind.STREAM ? "Stream" : "Table";
  }
}
