package dev.eddy.shell;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A scripted stand-in for Eddy's driver, {@code jdbc:fake:}, behaving as the driver's contract
 * says: DDL answers with a warning, a push query ({@code EMIT CHANGES}) yields two rows and then
 * blocks in {@code next()} until {@code cancel()} (or until its {@code LIMIT}), any statement
 * mentioning {@code FAIL} is refused with a positioned message. Built from dynamic proxies so
 * that only the few methods the shell calls need writing.
 */
public final class FakeDriver implements Driver {

  static {
    try {
      java.sql.DriverManager.registerDriver(new FakeDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Every statement executed, in order, for tests to look at. */
  static final List<String> EXECUTED = java.util.Collections.synchronizedList(new ArrayList<>());

  @Override
  public Connection connect(String url, Properties info) {
    return acceptsURL(url) ? proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
      case "createStatement" -> new FakeStatement().proxy();
      case "close" -> null;
      case "isClosed" -> false;
      default -> throw new SQLFeatureNotSupportedException(m.getName());
    }) : null;
  }

  @Override
  public boolean acceptsURL(String url) {
    return url.startsWith("jdbc:fake:");
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 0;
  }

  @Override
  public int getMinorVersion() {
    return 1;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  private static final class FakeStatement {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private ResultSet resultSet;
    private SQLWarning warning;

    Statement proxy() {
      return FakeDriver.proxy(Statement.class, (p, m, a) -> switch (m.getName()) {
        case "execute" -> execute((String) a[0]);
        case "getResultSet" -> resultSet;
        case "getWarnings" -> warning;
        case "getUpdateCount" -> -1;
        case "cancel" -> {
          cancelled.countDown();
          yield null;
        }
        case "close" -> null;
        default -> throw new SQLFeatureNotSupportedException(m.getName());
      });
    }

    private boolean execute(String sql) throws SQLException {
      EXECUTED.add(sql);
      String upper = sql.toUpperCase(Locale.ROOT).strip();
      if (upper.contains("FAIL")) {
        throw new SQLException("line 1:8: FAIL is not a stream\n" + sql.lines().findFirst().orElse("") + "\n       ^", "42000");
      }
      if (upper.contains("EMIT CHANGES")) {
        Integer limit = upper.matches("(?s).*LIMIT 1\\b.*") ? 1 : null;
        resultSet = rows(List.of(new Column("ID", "INTEGER"), new Column("NAME", "STRING")),
            List.of(List.of(1, "alice"), List.of(2, "bob")), limit == null ? cancelled : null, limit);
        return true;
      }
      if (upper.startsWith("SHOW STREAMS")) {
        resultSet = rows(List.of(new Column("Stream Name", "STRING"), new Column("Kafka Topic", "STRING")),
            List.of(List.of("PAGEVIEWS", "pageviews")), null, null);
        return true;
      }
      if (upper.startsWith("SHOW FUNCTIONS")) {
        resultSet = rows(List.of(new Column("Function Name", "STRING")), List.of(List.of("ABS"), List.of("CONCAT")), null, null);
        return true;
      }
      if (upper.startsWith("DESCRIBE")) {
        resultSet = rows(List.of(new Column("Field", "STRING"), new Column("Type", "STRING")),
            List.of(List.of("PAGEID", "INTEGER")), null, null);
        return true;
      }
      if (upper.startsWith("SHOW")) {
        resultSet = rows(List.of(new Column("Name", "STRING")), List.of(), null, null);
        return true;
      }
      warning = new SQLWarning("Done: " + upper.split("\\s+")[0] + ".");
      return false;
    }
  }

  /** A result set over fixed rows; when {@code blockUntil} is given, it then waits for it before ending. */
  private static ResultSet rows(List<Column> columns, List<List<Object>> rows, CountDownLatch blockUntil, Integer limit) {
    Iterator<List<Object>> it = (limit == null ? rows : rows.subList(0, limit)).iterator();
    List<Object>[] current = new List[1];
    ResultSetMetaData metadata = proxy(ResultSetMetaData.class, (p, m, a) -> switch (m.getName()) {
      case "getColumnCount" -> columns.size();
      case "getColumnLabel", "getColumnName" -> columns.get((Integer) a[0] - 1).name();
      case "getColumnTypeName" -> columns.get((Integer) a[0] - 1).type();
      default -> throw new SQLFeatureNotSupportedException(m.getName());
    });
    return proxy(ResultSet.class, (p, m, a) -> switch (m.getName()) {
      case "next" -> {
        if (it.hasNext()) {
          current[0] = it.next();
          yield true;
        }
        // A push query: next() blocks until the statement is cancelled; a deadline keeps a broken test from hanging.
        if (blockUntil != null) {
          blockUntil.await(30, TimeUnit.SECONDS);
        }
        yield false;
      }
      case "getObject" -> current[0].get((Integer) a[0] - 1);
      case "getString" -> String.valueOf(current[0].get((Integer) a[0] - 1));
      case "getMetaData" -> metadata;
      case "close" -> null;
      default -> throw new SQLFeatureNotSupportedException(m.getName());
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(FakeDriver.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
      if (m.getDeclaringClass() == Object.class) {
        return switch (m.getName()) {
          case "hashCode" -> System.identityHashCode(p);
          case "equals" -> p == a[0];
          default -> type.getSimpleName() + "@fake";
        };
      }
      return handler.invoke(p, m, a);
    });
  }
}
