package dev.eddy.jdbc;

import dev.eddy.engine.Session;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Statements run on an engine session in this JVM, on an engine shared per data directory. */
final class EngineStatementRunner implements StatementRunner {

  private final SharedEngines.Lease engine;
  private final Session session;

  private EngineStatementRunner(SharedEngines.Lease engine, Map<String, String> sessionProperties) {
    this.engine = engine;
    this.session = engine.engine().newSession(sessionProperties);
  }

  static EngineStatementRunner open(EddyUrl.Target target, Map<String, String> sessionProperties)
      throws SQLException {
    SharedEngines.Lease engine = SharedEngines.INSTANCE.acquire(target);
    try {
      return new EngineStatementRunner(engine, sessionProperties);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * The session serves one statement at a time, so statements of one connection on different
   * threads take turns; the rows of a query are read outside this lock.
   */
  @Override
  public List<StatementResult> run(String sql) throws SQLException {
    synchronized (session) {
      try {
        return session.execute(sql);
      } catch (StatementException e) {
        throw SqlErrors.from(e);
      } catch (RuntimeException e) {
        throw new SQLException("The engine failed: " + e, SqlStates.GENERAL_ERROR, e);
      }
    }
  }

  @Override
  public Map<String, String> sessionProperties() {
    synchronized (session) {
      return session.properties();
    }
  }

  /** An engine in this JVM is there as long as the lease is held. */
  @Override
  public boolean isReachable(int timeoutSeconds) {
    return true;
  }

  /** The engine runs in-process, so its version is the driver's. */
  @Override
  public String engineVersion() {
    return DriverInfo.VERSION;
  }

  @Override
  public void close() {
    engine.close();
  }
}
