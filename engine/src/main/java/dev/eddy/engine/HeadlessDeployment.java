package dev.eddy.engine;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.exec.EngineContext;
import dev.eddy.engine.query.PersistentQuery;
import dev.eddy.sql.EddySqlParseException;
import dev.eddy.sql.EddySqlParser;
import dev.eddy.sql.ParsedStatement;
import dev.eddy.sql.tree.SqlAlterSource;
import dev.eddy.sql.tree.SqlCreateSource;
import dev.eddy.sql.tree.SqlCreateSourceAs;
import dev.eddy.sql.tree.SqlCreateType;
import dev.eddy.sql.tree.SqlDropSource;
import dev.eddy.sql.tree.SqlDropType;
import dev.eddy.sql.tree.SqlInsertQuery;
import dev.eddy.sql.tree.SqlTerminate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlNode;

/**
 * ksqlDB's headless mode: a queries file is the deployment. At start its statements run in one
 * session, except those whose effect is already in place — the engine has replayed its command
 * log by then, so on a restart the streams, tables, types and persistent queries the file
 * created are back, and running their statements again would fail or start a second copy. While
 * headless, clients may query and insert but not change the deployment.
 */
public final class HeadlessDeployment {

  /** Statements that change what is deployed: refused from clients while headless. */
  private static final Set<Class<? extends SqlNode>> DEPLOYMENT_CHANGES = Set.of(SqlCreateSource.class,
      SqlCreateSourceAs.class, SqlInsertQuery.class, SqlAlterSource.class, SqlDropSource.class, SqlTerminate.class,
      SqlCreateType.class, SqlDropType.class);

  private HeadlessDeployment() {}

  /**
   * Runs the statements of a queries file, skipping a CREATE whose stream, table or type exists
   * and an INSERT INTO ... SELECT already running with the same text; the rest (SET, DEFINE,
   * DROP, ...) run every time. A push query or PRINT in the file is stopped at once.
   *
   * @return one line per statement saying what happened to it, for the server's log
   * @throws StatementException for the first statement that fails; later ones do not run
   */
  public static List<String> apply(Engine engine, String sql, Map<String, String> properties) {
    EngineContext context = engine.context();
    List<ParsedStatement> statements;
    try {
      statements = EddySqlParser.parseStatements(sql);
    } catch (EddySqlParseException e) {
      throw new StatementException(StatementException.Kind.SYNTAX, e.reason(), e.line(), e.column(), e.sourceLine(), e);
    }
    Session session = engine.newSession(properties);
    List<String> report = new ArrayList<>();
    for (ParsedStatement statement : statements) {
      String summary = statement.text().lines().findFirst().orElse("").strip();
      if (inPlace(context, statement)) {
        report.add("already in place: " + summary);
        continue;
      }
      for (StatementResult result : session.execute(statement.text())) {
        if (result instanceof StatementResult.Streaming streaming) {
          streaming.rows().close();
        }
      }
      report.add("ran: " + summary);
    }
    return report;
  }

  /**
   * The statements of {@code sql} that would change the deployment (create, alter or drop a
   * stream, table or type, start or terminate a persistent query), as written. Empty when there
   * are none or the text does not parse (running it reports the syntax error).
   */
  public static List<String> deploymentChanges(String sql) {
    try {
      return EddySqlParser.parseStatements(sql).stream()
          .filter(statement -> DEPLOYMENT_CHANGES.contains(statement.node().getClass()))
          .map(ParsedStatement::text)
          .toList();
    } catch (EddySqlParseException e) {
      return List.of();
    }
  }

  private static boolean inPlace(EngineContext context, ParsedStatement statement) {
    Catalog catalog = context.catalog();
    SqlNode node = statement.node();
    if (node instanceof SqlCreateSource create) {
      return catalog.find(create.name().getSimple()).isPresent();
    }
    if (node instanceof SqlCreateSourceAs create) {
      return catalog.find(create.name().getSimple()).isPresent();
    }
    if (node instanceof SqlCreateType create) {
      return catalog.types().containsKey(create.name().getSimple());
    }
    if (node instanceof SqlInsertQuery) {
      return context.queries().all().stream().map(PersistentQuery::statement)
          .anyMatch(running -> running.strip().equals(statement.text().strip()));
    }
    return false;
  }
}
