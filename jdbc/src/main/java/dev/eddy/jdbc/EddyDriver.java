package dev.eddy.jdbc;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The driver {@code DriverManager} finds through META-INF/services/java.sql.Driver. Loading
 * this class registers an instance, as JDBC expects of a driver class.
 */
public final class EddyDriver extends NonRegisteringEddyDriver {

  static {
    try {
      DriverManager.registerDriver(new EddyDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
