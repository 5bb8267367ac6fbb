package dev.eddy.engine.exec;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.StatementResult;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SELECT ... EMIT CHANGES [LIMIT n]: a transient query whose rows stream to the client as they
 * are produced, until its LIMIT or until the client closes the cursor.
 */
final class PushQueryHandler implements StatementHandler<SqlStreamingQuery> {

  private final EngineContext engine;
  private final QueryPlans plans;

  PushQueryHandler(EngineContext engine, QueryPlans plans) {
    this.engine = engine;
    this.plans = plans;
  }

  @Override
  public StatementResult execute(SqlStreamingQuery statement, StatementContext context) {
    if (statement.emit() == null) {
      throw new PositionedException(statement.getParserPosition(), "Pull queries are not supported yet; "
          + "add EMIT CHANGES to run this as a push query that streams rows as they arrive.");
    }
    if (statement.emit() == EmitMode.FINAL) {
      throw new PositionedException(statement.getParserPosition(), "EMIT FINAL needs a windowed aggregation.");
    }
    QueryPlans.Planned planned = plans.plan(statement);
    long limit = statement.limit() == null ? -1 : statement.limit().longValue(true);
    String queryId = "transient_" + planned.pipeline().source().name() + "_"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    RowCursor cursor = engine.launcher().startPush(queryId, planned.pipeline(), QueryPlans.startPosition(context), limit);
    return new StatementResult.Streaming(context.text(), queryId,
        QueryPlans.columns(planned.pipeline().outputType()), cursor);
  }
}
