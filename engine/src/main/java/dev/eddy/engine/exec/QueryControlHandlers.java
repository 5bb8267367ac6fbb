package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.engine.query.PrintCursor;
import dev.eddy.engine.ColumnInfo;
import dev.eddy.log.TopicLog;
import dev.eddy.sql.tree.SqlExplain;
import dev.eddy.sql.tree.SqlPrint;
import dev.eddy.sql.tree.SqlStreamingQuery;
import dev.eddy.sql.tree.SqlTerminate;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.util.NlsString;

/** TERMINATE, EXPLAIN [ANALYZE] and PRINT: statements about queries and topics. */
final class QueryControlHandlers {

  private final EngineContext engine;
  private final QueryPlans plans;

  QueryControlHandlers(EngineContext engine, QueryPlans plans) {
    this.engine = engine;
    this.plans = plans;
  }

  StatementResult terminate(SqlTerminate statement, StatementContext context) {
    List<String> ids = statement.all()
        ? engine.queries().all().stream().map(PersistentQuery::id).toList()
        : List.of(statement.queryId().getSimple());
    if (!statement.all()) {
      engine.queries().get(ids.get(0));
    }
    if (!context.replaying()) {
      engine.commands().append(context.command(null));
    }
    for (String id : ids) {
      PersistentQuery query = engine.queries().get(id);
      engine.queries().terminate(id);
      engine.launcher().deleteInternalTopics(query.tasks());
    }
    return new StatementResult.Message(context.text(),
        ids.isEmpty() ? "No queries were running." : "Terminated " + String.join(", ", ids) + ".", null);
  }

  StatementResult explain(SqlExplain statement, StatementContext context) {
    List<String> lines = new ArrayList<>();
    if (statement.queryId() != null) {
      PersistentQuery query = engine.queries().get(statement.queryId().getSimple());
      lines.add("Query " + query.id() + " (" + query.state() + "): " + query.statement());
      lines.addAll(query.plan().lines().toList());
      if (statement.analyze()) {
        lines.addAll(query.tasks().describe());
      }
    } else if (statement.statement() instanceof SqlStreamingQuery query) {
      plans.plan(query).plan().explain().lines().forEach(lines::add);
    } else {
      throw new PositionedException(statement.getParserPosition(), "EXPLAIN takes a query or a query id.");
    }
    StatementResult.Table table = new StatementResult.Table(context.text(), "",
        List.of(new ColumnInfo("PLAN", "STRING")), lines.stream().map(l -> List.<Object>of(l)).toList());
    return table;
  }

  StatementResult print(SqlPrint statement, StatementContext context) {
    String topicName = statement.topic() instanceof SqlIdentifier id
        ? caseInsensitive(id.getSimple())
        : ((SqlLiteral) statement.topic()).getValueAs(NlsString.class).getValue();
    if (engine.log().describeTopic(topicName).isEmpty()) {
      throw new PositionedException(statement.topic().getParserPosition(), "Topic '" + topicName + "' does not exist.");
    }
    TopicLog topic = engine.log().topic(topicName);
    long interval = statement.interval() == null ? 1 : statement.interval().longValue(true);
    long limit = statement.limit() == null ? -1 : statement.limit().longValue(true);
    return new StatementResult.Streaming(context.text(), "print_" + topicName,
        List.of(new ColumnInfo("ROWTIME", "STRING"), new ColumnInfo("PARTITION", "INTEGER"),
            new ColumnInfo("OFFSET", "BIGINT"), new ColumnInfo("KEY", "STRING"), new ColumnInfo("VALUE", "STRING")),
        new PrintCursor(topic, statement.fromBeginning(), interval, limit));
  }

  /** An unquoted topic name was upper-cased by the parser; match it as ksqlDB does, ignoring case. */
  private String caseInsensitive(String name) {
    return engine.log().listTopics().stream().filter(t -> t.equalsIgnoreCase(name)).findFirst().orElse(name);
  }
}
