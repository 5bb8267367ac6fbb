package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.query.ExternalValues;
import dev.eddy.engine.query.MaterializedTable;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.List;
import java.util.Optional;

/**
 * SELECT without EMIT on a table: answered at once from the rows the query writing the table
 * keeps ({@link MaterializedTable}), with the query's WHERE and projection compiled as for any
 * other query — so any filter works, on key columns, window bounds or values, not only the key
 * lookups ksqlDB allows.
 */
final class PullQueryHandler {

  private final EngineContext engine;
  private final QueryPlans plans;

  PullQueryHandler(EngineContext engine, QueryPlans plans) {
    this.engine = engine;
    this.plans = plans;
  }

  StatementResult execute(SqlStreamingQuery statement, StatementContext context) {
    QueryPlans.Planned planned = plans.plan(statement);
    Pipeline pipeline = planned.pipeline();
    SourceDefinition table = pipeline.origin();
    if (table.kind() == SourceKind.STREAM) {
      throw new PositionedException(statement.select().getFrom().getParserPosition(), "A pull query reads a table, and "
          + table.name() + " is a stream: its rows are events, not current values. Add EMIT CHANGES to stream them.");
    }
    if (pipeline.upstream() != null) {
      throw new PositionedException(statement.getParserPosition(), "A pull query cannot aggregate or repartition;"
          + " create a table with CREATE TABLE AS SELECT and query that.");
    }
    Optional<PersistentQuery> writer = engine.queries().all().stream()
        .filter(q -> q.sink().equals(table.name()) && MaterializedTable.isMaterialized(q))
        .findFirst();
    if (writer.isEmpty()) {
      throw new PositionedException(statement.select().getFrom().getParserPosition(), "Table " + table.name()
          + " is not materialized: no running query of this engine writes it, so its current rows are not held"
          + " anywhere to look up. Pull queries read tables made by CREATE TABLE AS SELECT; add EMIT CHANGES to"
          + " stream " + table.name() + "'s changes instead.");
    }
    long limit = statement.limit() == null ? -1 : statement.limit().longValue(true);
    // The first operator of a table scan rebuilds the table from its topic; the stored rows are it.
    List<Object[]> rows = engine.launcher().pull("pull_" + table.name(), pipeline, 1,
        MaterializedTable.scan(writer.get(), table), limit);
    ExternalValues values = ExternalValues.of(pipeline.outputType());
    return new StatementResult.Table(context.text(), "", QueryPlans.columns(pipeline.outputType()),
        rows.stream().map(values::convert).toList());
  }
}
