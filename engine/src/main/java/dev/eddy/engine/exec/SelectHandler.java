package dev.eddy.engine.exec;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.StatementResult;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SELECT. With EMIT CHANGES (or EMIT FINAL over a window) a push query: a transient query
 * whose rows stream to the client as they are produced, until its LIMIT or until the client
 * closes the cursor; identical ones share a reader (the planner's plan text says what is
 * identical; see {@link dev.eddy.engine.query.QueryLauncher#startPush}). Without EMIT, a pull
 * query ({@link PullQueryHandler}).
 */
final class SelectHandler implements StatementHandler<SqlStreamingQuery> {

  private final EngineContext engine;
  private final QueryPlans plans;
  private final PullQueryHandler pull;

  SelectHandler(EngineContext engine, QueryPlans plans) {
    this.engine = engine;
    this.plans = plans;
    this.pull = new PullQueryHandler(engine, plans);
  }

  @Override
  public StatementResult execute(SqlStreamingQuery statement, StatementContext context) {
    if (statement.emit() == null) {
      return pull.execute(statement, context);
    }
    if (statement.emit() == EmitMode.FINAL && statement.window() == null) {
      throw new PositionedException(statement.getParserPosition(), "EMIT FINAL needs a windowed aggregation.");
    }
    QueryPlans.Planned planned = plans.plan(statement);
    long limit = statement.limit() == null ? -1 : statement.limit().longValue(true);
    String queryId = "transient_" + planned.pipeline().origin().name() + "_"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    RowCursor cursor = engine.launcher().startPush(queryId, planned.plan().explain(), planned.pipeline(),
        QueryPlans.startPosition(context), limit);
    return new StatementResult.Streaming(context.text(), queryId,
        QueryPlans.columns(planned.pipeline().outputType()), cursor);
  }
}
