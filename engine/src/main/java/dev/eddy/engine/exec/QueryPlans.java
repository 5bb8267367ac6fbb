package dev.eddy.engine.exec;

import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.plan.PipelineBuilder;
import dev.eddy.engine.plan.QueryPlanner;
import dev.eddy.engine.plan.WindowClause;
import dev.eddy.engine.plan.WindowFunctions;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.runtime.window.WindowSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
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
  static final String IDLE_CLOSE_MS = "eddy.window.idle.close.ms";

  private final EngineContext engine;

  QueryPlans(EngineContext engine) {
    this.engine = engine;
  }

  /** A planned and translated query, with the plan text EXPLAIN shows. */
  record Planned(QueryPlanner.PlannedQuery plan, Pipeline pipeline, WindowSpec window, JoinSelect.Analysis join) {}

  Planned plan(SqlStreamingQuery query) {
    JoinSelect.Analysis join = JoinSelect.reads(query.select()) ? JoinSelect.analyze(query, engine.catalog()) : null;
    if (join != null && query.window() != null) {
      throw new PositionedException(query.window().getParserPosition(),
          "A WINDOW clause over a join is not supported yet: aggregate the joined rows in a second query.");
    }
    SqlSelect select;
    WindowSpec window;
    if (query.window() != null) {
      try {
        window = WindowClause.spec(query);
        select = WindowClause.rewrite(query);
      } catch (IllegalArgumentException e) {
        throw new PositionedException(query.window().getParserPosition(), e.getMessage());
      }
    } else {
      WindowFunctions.Found found;
      try {
        found = WindowFunctions.rewrite(query);
      } catch (IllegalArgumentException e) {
        throw new PositionedException(query.select().getFrom().getParserPosition(), e.getMessage());
      }
      select = query.select();
      window = found == null ? null : found.window();
      if (found != null) {
        checkEventTime(found, select);
      }
    }
    QueryPlanner.PlannedQuery plan;
    try {
      plan = engine.planner().plan(select, window, join == null ? List.of() : join.specs());
    } catch (IllegalArgumentException e) {
      if (join == null) {
        throw e;
      }
      throw new PositionedException(select.getFrom().getParserPosition(), e.getMessage());
    }
    Pipeline pipeline;
    try {
      pipeline = PipelineBuilder.translate(plan.physical(), engine.compiler(), DataContexts.of(Map.of()),
          (EddyOperatorTable) engine.validators().operators());
    } catch (IllegalArgumentException e) {
      throw new PositionedException(query.select().getParserPosition(), e.getMessage());
    }
    if (pipeline.origin() == null) {
      throw new PositionedException(query.getParserPosition(), "A query must read a stream or table.");
    }
    checkCopartitioned(pipeline, query);
    return new Planned(plan, pipeline, window, join);
  }

  /**
   * The sources a join reads without repartitioning must have as many partitions as each other,
   * as ksqlDB requires: the join meets partition p of one with partition p of the other.
   */
  private void checkCopartitioned(Pipeline stage, SqlStreamingQuery query) {
    SourceDefinition first = null;
    for (Pipeline input : stage.inputs()) {
      if (input.upstream() != null) {
        checkCopartitioned(input.upstream().input(), query);
        continue;
      }
      if (stage.join() == null) {
        continue;
      }
      SourceDefinition source = input.source();
      if (first == null) {
        first = source;
      } else if (partitions(first) != partitions(source)) {
        throw new PositionedException(query.select().getFrom().getParserPosition(), "Cannot join " + first.name()
            + " (" + partitions(first) + " partitions) with " + source.name() + " (" + partitions(source)
            + " partitions): joined sources must have the same number of partitions. Repartition one of them"
            + " first, e.g. CREATE STREAM ... WITH (PARTITIONS=" + partitions(first) + ") AS SELECT * FROM "
            + source.name() + ";");
      }
    }
  }

  private int partitions(SourceDefinition source) {
    return engine.log().topic(source.topic()).partitionCount();
  }

  /** A window function's descriptor must name the event time: ROWTIME, or the source's TIMESTAMP column. */
  private void checkEventTime(WindowFunctions.Found found, SqlSelect select) {
    if (found.timeColumn().equalsIgnoreCase(PseudoColumn.ROWTIME.name())) {
      return;
    }
    SqlNode from = select.getFrom().getKind() == SqlKind.AS ? ((SqlCall) select.getFrom()).operand(0) : select.getFrom();
    String declared = engine.catalog().find(((SqlIdentifier) from).getSimple())
        .map(SourceDefinition::timestampColumn).orElse(null);
    if (!found.timeColumn().equalsIgnoreCase(declared == null ? "" : declared)) {
      throw new PositionedException(found.position(), "Windows follow event time: use DESCRIPTOR(ROWTIME), or the"
          + " column the source declares with TIMESTAMP='...'" + (declared == null ? " (it declares none)" : " ("
          + declared + ")") + ", not " + found.timeColumn() + ".");
    }
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

  /** Beyond ksqlDB: how long a quiet input waits before its stream time follows the wall clock (0: never). */
  static long idleCloseMs(StatementContext context) {
    String value = context.properties().get(IDLE_CLOSE_MS);
    if (value == null) {
      return 0;
    }
    try {
      long ms = Long.parseLong(value.trim());
      if (ms >= 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException("Property '" + IDLE_CLOSE_MS + "' must be a number of milliseconds, was '"
        + value + "'.");
  }

  static List<ColumnInfo> columns(RelDataType rowType) {
    return rowType.getFieldList().stream().map(f -> new ColumnInfo(f.getName(), TypeNames.of(f.getType()))).toList();
  }
}
