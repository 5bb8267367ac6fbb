package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.log.TopicDescription;
import dev.eddy.sql.tree.SqlShow;
import java.util.Map;

/** SHOW | LIST STREAMS, TABLES, TOPICS, QUERIES, PROPERTIES, FUNCTIONS, TYPES, VARIABLES. */
final class ShowHandler implements StatementHandler<SqlShow> {

  private final EngineContext engine;

  ShowHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlShow statement, StatementContext context) {
    return switch (statement.kind()) {
      case STREAMS -> sources(context, SourceKind.STREAM, "Stream Name");
      case TABLES -> sources(context, SourceKind.TABLE, "Table Name");
      case TOPICS -> topics(context, statement.all());
      case QUERIES -> queries(context);
      case PROPERTIES -> properties(context);
      case FUNCTIONS -> functions(context);
      case TYPES -> types(context);
      case VARIABLES -> variables(context);
    };
  }

  private StatementResult sources(StatementContext context, SourceKind kind, String nameColumn) {
    Tables table = Tables.of(context, nameColumn, "Kafka Topic", "Key Format", "Value Format", "Windowed");
    for (SourceDefinition source : engine.catalog().sources(kind)) {
      table.row(source.name(), source.topic(), source.keyFormat(), source.valueFormat(), "false");
    }
    return table.build();
  }

  private StatementResult topics(StatementContext context, boolean all) {
    Tables table = Tables.of(context, "Kafka Topic", "Partitions", "Partition Replicas");
    for (String name : engine.log().listTopics()) {
      // Internal topics (commands, offsets, repartitions) are shown with SHOW ALL TOPICS only.
      if (!all && (name.startsWith("_") || name.startsWith("eddy_"))) {
        continue;
      }
      engine.log().describeTopic(name).map(TopicDescription::partitions)
          .ifPresent(partitions -> table.row(name, String.valueOf(partitions.size()), "1"));
    }
    return table.build();
  }

  private StatementResult queries(StatementContext context) {
    Tables table = Tables.of(context, "Query ID", "Query Type", "Status", "Sink Name", "Sink Kafka Topic", "Query String");
    for (PersistentQuery query : engine.queries().all()) {
      String topic = engine.catalog().find(query.sink()).map(SourceDefinition::topic).orElse("");
      table.row(query.id(), "PERSISTENT", query.state() + (query.lastError() == null ? "" : ": " + query.lastError()),
          query.sink(), topic, query.statement());
    }
    return table.build();
  }

  private StatementResult properties(StatementContext context) {
    Tables table = Tables.of(context, "Property", "Scope", "Default override", "Effective Value");
    Map<String, String> overrides = context.session().overrides();
    context.properties().forEach((name, value) ->
        table.row(name, "SESSION", overrides.containsKey(name) ? "SESSION" : "", value));
    return table.build();
  }

  private StatementResult functions(StatementContext context) {
    Tables table = Tables.of(context, "Function Name", "Type", "Category");
    for (FunctionDescriptor function : engine.functions().list()) {
      table.row(function.name(), function.kind().name(), function.category());
    }
    return table.build();
  }

  private StatementResult types(StatementContext context) {
    Tables table = Tables.of(context, "Type Name", "Schema");
    engine.catalog().types().forEach((name, type) -> table.row(name, TypeNames.of(type)));
    return table.build();
  }

  private StatementResult variables(StatementContext context) {
    Tables table = Tables.of(context, "Variable Name", "Value");
    context.session().variables().forEach(table::row);
    return table.build();
  }
}
