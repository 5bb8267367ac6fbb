package dev.eddy.jdbc;

import dev.eddy.engine.StatementResult;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Where a connection's SQL runs: an engine in this JVM ({@link EngineStatementRunner}) or an
 * Eddy server ({@link ServerStatementRunner}). The JDBC objects above it know only this; both
 * give the engine's own result shapes, so a result set cannot tell which one it reads from.
 *
 * <p>Implementations are safe for the statements of one connection to call from several
 * threads; rows of a streaming result may be read, and its cursor closed, from any thread.
 */
interface StatementRunner extends AutoCloseable {

  /** Opens the runner a parsed URL points at. */
  static StatementRunner open(EddyUrl url, ConnectionProperties properties) throws SQLException {
    if (url.target() instanceof EddyUrl.Server server) {
      return ServerStatementRunner.connect(server, properties.sessionProperties());
    }
    return EngineStatementRunner.open(url.target(), properties.sessionProperties());
  }

  /**
   * Runs every statement of {@code sql} in order: a message, a table, or a streaming query per
   * statement. Queries started before a later statement fails are stopped again.
   *
   * @throws SQLException the engine's refusal (SQLSTATE class 42 or HY000, its message with the
   *     line and column), or a lost connection (class 08)
   */
  List<StatementResult> run(String sql) throws SQLException;

  /** The session properties later statements run with (defaults, connection properties, SET). */
  Map<String, String> sessionProperties();

  /**
   * Whether statements can still run, asked within {@code timeoutSeconds} (0: no limit), for
   * {@code Connection.isValid}.
   */
  boolean isReachable(int timeoutSeconds);

  /** The version of the engine that runs the statements. */
  String engineVersion();

  /** Lets go of the engine or the server; idempotent. */
  @Override
  void close();
}
