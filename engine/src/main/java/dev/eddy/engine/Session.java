package dev.eddy.engine;

import dev.eddy.engine.exec.PositionedException;
import dev.eddy.engine.exec.SessionState;
import dev.eddy.engine.exec.StatementContext;
import dev.eddy.engine.exec.StatementExecutor;
import dev.eddy.engine.catalog.UnknownNameException;
import dev.eddy.sql.EddySqlParseException;
import dev.eddy.sql.EddySqlParser;
import dev.eddy.sql.ParsedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * One client's conversation with the engine: statements run in order, and SET, UNSET, DEFINE
 * and UNDEFINE change what later statements of the same session see. Not thread-safe: one
 * client, one thread at a time (results such as push-query cursors may be read from any
 * thread).
 */
public final class Session {

  private final StatementExecutor executor;
  private final SessionState state;

  Session(StatementExecutor executor, SessionState state) {
    this.executor = executor;
    this.state = state;
  }

  /**
   * Runs every statement of {@code sql} in order and returns their results. The whole text is
   * parsed first, so a syntax error anywhere runs nothing; a statement that fails stops the rest.
   *
   * @throws StatementException naming the line and column of the problem in {@code sql}
   */
  public List<StatementResult> execute(String sql) {
    List<ParsedStatement> statements;
    try {
      statements = EddySqlParser.parseStatements(sql, state.variables());
    } catch (EddySqlParseException e) {
      throw new StatementException(StatementException.Kind.SYNTAX, e.reason(), e.line(), e.column(), e.sourceLine(), e);
    }
    List<StatementResult> results = new ArrayList<>();
    for (ParsedStatement statement : statements) {
      results.add(execute(statement, sql));
    }
    return results;
  }

  /** The properties in effect: engine defaults overridden by SET. */
  public Map<String, String> properties() {
    return state.properties();
  }

  public Map<String, String> variables() {
    return Map.copyOf(state.variables());
  }

  private StatementResult execute(ParsedStatement statement, String sql) {
    try {
      return executor.execute(statement.node(), StatementContext.live(statement.text(), state));
    } catch (PositionedException e) {
      throw refused(e.isSyntax() ? StatementException.Kind.SYNTAX : StatementException.Kind.INVALID, e.getMessage(),
          e.position(), statement, sql, e);
    } catch (CalciteContextException e) {
      String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw refused(StatementException.Kind.INVALID, reason, new SqlParserPos(e.getPosLine(), e.getPosColumn()), statement, sql, e);
    } catch (UnknownNameException e) {
      throw refused(StatementException.Kind.INVALID, e.getMessage(), statement.position(), statement, sql, e);
    } catch (StatementException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StatementException(StatementException.Kind.EXECUTION,
          e.getMessage() == null ? e.toString() : e.getMessage(),
          statement.position().getLineNum(), statement.position().getColumnNum(),
          lineOf(sql, statement.position().getLineNum()), e);
    }
  }

  private static StatementException refused(StatementException.Kind kind, String reason, SqlParserPos position, ParsedStatement statement,
      String sql, Throwable cause) {
    SqlParserPos at = position == null || position.getLineNum() <= 0 ? statement.position() : position;
    return new StatementException(kind, reason, at.getLineNum(), at.getColumnNum(),
        lineOf(sql, at.getLineNum()), cause);
  }

  private static String lineOf(String sql, int line) {
    String[] lines = sql.split("\r\n|\r|\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : null;
  }
}
