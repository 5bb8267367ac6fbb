package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.sql.tree.SqlDescribeSources;
import java.util.stream.Collectors;

/** DESCRIBE STREAMS|TABLES: every source of that kind with its columns, one row each. */
final class DescribeSourcesHandler implements StatementHandler<SqlDescribeSources> {

  private final EngineContext engine;

  DescribeSourcesHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlDescribeSources statement, StatementContext context) {
    Tables table = Tables.of(context, "Name", "Kafka Topic", "Key Format", "Value Format", "Columns");
    for (SourceDefinition source : engine.catalog().sources(SourceKinds.of(statement.kind()))) {
      table.row(source.name(), source.topic(), source.keyFormat(), source.valueFormat(), source.columns().stream()
          .map(c -> c.name() + " " + TypeNames.of(c.type()) + (c.isKey() ? " KEY" : ""))
          .collect(Collectors.joining(", ")));
    }
    return table.build();
  }
}
