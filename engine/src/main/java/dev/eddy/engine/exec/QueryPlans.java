package dev.eddy.engine.exec;

import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.plan.PipelineBuilder;
import dev.eddy.engine.plan.QueryPlanner;
import dev.eddy.engine.plan.WindowClause;
import dev.eddy.engine.function.EddyOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import dev.eddy.engine.runtime.task.TaskConfig;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.DataContexts;
import org.apache.calcite.rel.type.RelDataType;

/** What the handlers of query statements share: planning a query into a pipeline. */
final class QueryPlans {

  static final String AUTO_OFFSET_RESET = "auto.offset.reset";

  private final EngineContext engine;

  QueryPlans(EngineContext engine) {
    this.engine = engine;
  }

  /** A planned and translated query, with the plan text EXPLAIN shows. */
  record Planned(QueryPlanner.PlannedQuery plan, Pipeline pipeline) {}

  Planned plan(SqlStreamingQuery query) {
    if (!query.joinWindows().isEmpty()) {
      throw new PositionedException(query.getParserPosition(), "Joins are not supported yet.");
    }
    SqlSelect select;
    try {
      select = WindowClause.rewrite(query);
    } catch (IllegalArgumentException e) {
      throw new PositionedException(query.window().getParserPosition(), e.getMessage());
    }
    QueryPlanner.PlannedQuery plan = engine.planner().plan(select, WindowClause.spec(query));
    Pipeline pipeline = PipelineBuilder.translate(plan.physical(), engine.compiler(), DataContexts.of(Map.of()),
        (EddyOperatorTable) engine.validators().operators());
    if (pipeline.origin() == null) {
      throw new PositionedException(query.getParserPosition(), "A query must read a stream or table.");
    }
    return new Planned(plan, pipeline);
  }

  /** Where a query starts when it has no committed offsets: ksqlDB's auto.offset.reset. */
  static TaskConfig.StartPosition startPosition(StatementContext context) {
    String reset = context.properties().getOrDefault(AUTO_OFFSET_RESET, "latest").toLowerCase(Locale.ROOT);
    return switch (reset) {
      case "earliest" -> TaskConfig.StartPosition.EARLIEST;
      case "latest" -> TaskConfig.StartPosition.LATEST;
      default -> throw new IllegalArgumentException(
          "Property '" + AUTO_OFFSET_RESET + "' must be 'earliest' or 'latest', was '" + reset + "'.");
    };
  }

  static List<ColumnInfo> columns(RelDataType rowType) {
    return rowType.getFieldList().stream().map(f -> new ColumnInfo(f.getName(), TypeNames.of(f.getType()))).toList();
  }
}
