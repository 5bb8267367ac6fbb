package dev.eddy.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The driver without the side effect of registering with {@code DriverManager}, for code that
 * manages drivers itself. A thin shim: parse the URL, validate the properties, hand both to the
 * connection.
 */
public class NonRegisteringEddyDriver implements Driver {

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null; // DriverManager asks every driver; another one may take this URL.
    }
    EddyUrl parsed = EddyUrl.parse(url);
    ConnectionProperties properties = ConnectionProperties.resolve(parsed.properties(), info);
    return EddyConnection.open(parsed, properties);
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    if (url == null) {
      throw new SQLException("URL is null", SqlStates.INVALID_ARGUMENT);
    }
    return EddyUrl.accepts(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Map<String, String> fromUrl = acceptsURL(url) ? EddyUrl.parse(url).properties() : Map.of();
    return ConnectionProperties.info(fromUrl, info);
  }

  @Override
  public int getMajorVersion() {
    return DriverInfo.MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return DriverInfo.MINOR_VERSION;
  }

  @Override
  public boolean jdbcCompliant() {
    return false; // No transactions, forward-only results, no parameter binding in the engine.
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("The Eddy driver logs through SLF4J, not java.util.logging.");
  }
}
