package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.sql.tree.SqlCreateSource;
import dev.eddy.sql.tree.SqlCreateSourceAs;
import dev.eddy.sql.tree.SqlInsertQuery;
import dev.eddy.sql.tree.SqlCreateType;
import dev.eddy.sql.tree.SqlDefineVariable;
import dev.eddy.sql.tree.SqlDescribe;
import dev.eddy.sql.tree.SqlDescribeFunction;
import dev.eddy.sql.tree.SqlDescribeSources;
import dev.eddy.sql.tree.SqlDropSource;
import dev.eddy.sql.tree.SqlDropType;
import dev.eddy.sql.tree.SqlInsertValues;
import dev.eddy.sql.tree.SqlExplain;
import dev.eddy.sql.tree.SqlPrint;
import dev.eddy.sql.tree.SqlRunScript;
import dev.eddy.sql.tree.SqlSetProperty;
import dev.eddy.sql.tree.SqlTerminate;
import dev.eddy.sql.tree.SqlShow;
import dev.eddy.sql.tree.SqlStreamingQuery;
import dev.eddy.sql.tree.SqlUndefineVariable;
import dev.eddy.sql.tree.SqlUnsetProperty;
import java.util.HashMap;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;

/**
 * Runs a parsed statement with the handler for its kind. The handler table is built once; a
 * statement kind without a handler is refused with a message saying so.
 */
public final class StatementExecutor {

  private final Map<Class<? extends SqlNode>, StatementHandler<?>> handlers = new HashMap<>();

  public StatementExecutor(EngineContext engine) {
    TypeHandlers types = new TypeHandlers(engine);
    QueryPlans plans = new QueryPlans(engine);
    register(SqlStreamingQuery.class, new SelectHandler(engine, plans));
    register(SqlInsertValues.class, new InsertValuesHandler(engine));
    PersistentQueryHandlers persistent = new PersistentQueryHandlers(engine, plans);
    register(SqlCreateSourceAs.class, persistent::createAs);
    register(SqlInsertQuery.class, persistent::insertInto);
    QueryControlHandlers control = new QueryControlHandlers(engine, plans);
    register(SqlTerminate.class, control::terminate);
    register(SqlExplain.class, control::explain);
    register(SqlPrint.class, control::print);
    register(SqlCreateSource.class, new CreateSourceHandler(engine));
    register(SqlDropSource.class, new DropSourceHandler(engine));
    register(SqlShow.class, new ShowHandler(engine));
    register(SqlDescribe.class, new DescribeHandler(engine));
    register(SqlDescribeSources.class, new DescribeSourcesHandler(engine));
    register(SqlDescribeFunction.class, new DescribeFunctionHandler(engine));
    register(SqlCreateType.class, types::create);
    register(SqlDropType.class, types::drop);
    register(SqlSetProperty.class, SessionHandlers::set);
    register(SqlUnsetProperty.class, SessionHandlers::unset);
    register(SqlDefineVariable.class, SessionHandlers::define);
    register(SqlUndefineVariable.class, SessionHandlers::undefine);
  }

  private <T extends SqlNode> void register(Class<T> kind, StatementHandler<T> handler) {
    handlers.put(kind, handler);
  }

  @SuppressWarnings("unchecked")
  public StatementResult execute(SqlNode statement, StatementContext context) {
    StatementHandler<SqlNode> handler = (StatementHandler<SqlNode>) handlers.get(statement.getClass());
    if (statement instanceof SqlRunScript) {
      throw PositionedException.syntax(statement.getParserPosition(), "RUN SCRIPT is a command of the Eddy shell,"
          + " which reads the file and sends its statements; the engine runs the statements themselves.");
    }
    if (handler == null) {
      throw new PositionedException(statement.getParserPosition(),
          "Eddy cannot run this kind of statement yet: " + statement.getKind() + " (" + statement.getClass().getSimpleName() + ").");
    }
    return handler.execute(statement, context);
  }
}
