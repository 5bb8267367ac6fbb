package dev.eddy.jdbc;

import dev.eddy.jdbc.ConnectionProperty.Scope;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every connection property the driver accepts, in one registry. A property not listed here is
 * refused when connecting, so a misspelt name fails loudly instead of being ignored.
 *
 * <p>To let a new engine session property through, add it here with its parser.
 */
final class ConnectionProperties {

  /** JDBC tools send a user name (sqlline always does); Eddy has no users yet, in-process or on a server. */
  static final ConnectionProperty<String> USER =
      ConnectionProperty.string("user", Scope.DRIVER, "User name; shown to JDBC tools, not checked (Eddy has no users yet).");

  static final ConnectionProperty<String> PASSWORD =
      ConnectionProperty.string("password", Scope.DRIVER, "Password; not used (Eddy has no authentication yet).");

  static final ConnectionProperty<String> AUTO_OFFSET_RESET = ConnectionProperty.oneOf("auto.offset.reset",
      Scope.SESSION, "Where a query without committed offsets starts reading: earliest or latest (the default).",
      "earliest", "latest");

  private static final Map<String, ConnectionProperty<?>> BY_NAME = Map.copyOf(
      List.of(USER, PASSWORD, AUTO_OFFSET_RESET).stream()
          .collect(Collectors.toMap(ConnectionProperty::name, Function.identity())));

  private final Map<ConnectionProperty<?>, Object> values;

  private ConnectionProperties(Map<ConnectionProperty<?>, Object> values) {
    this.values = values;
  }

  /**
   * Validates the properties of a URL's query string and of {@code info} together; a property
   * given in both places must have the same value in each.
   */
  static ConnectionProperties resolve(Map<String, String> fromUrl, Properties info) throws SQLException {
    Map<String, String> merged = new TreeMap<>(fromUrl);
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        String value = info.getProperty(name);
        String inUrl = merged.putIfAbsent(name, value);
        if (inUrl != null && !inUrl.equals(value)) {
          throw new SQLException("Connection property '" + name + "' is '" + inUrl + "' in the URL but '" + value
              + "' in the connection properties.", SqlStates.CONNECTION_FAILURE);
        }
      }
    }
    Map<ConnectionProperty<?>, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : merged.entrySet()) {
      ConnectionProperty<?> property = BY_NAME.get(entry.getKey());
      if (property == null) {
        throw new SQLException("Unknown connection property '" + entry.getKey() + "'; known properties: "
            + String.join(", ", new TreeMap<>(BY_NAME).keySet()) + ".", SqlStates.CONNECTION_FAILURE);
      }
      try {
        values.put(property, property.parse(entry.getValue()));
      } catch (IllegalArgumentException e) {
        throw new SQLException("Connection property '" + property.name() + "' " + e.getMessage() + ".",
            SqlStates.CONNECTION_FAILURE, e);
      }
    }
    return new ConnectionProperties(values);
  }

  /** The user name given, or null; JDBC tools show it. */
  String user() {
    Object user = values.get(USER);
    return user == null ? null : user.toString();
  }

  /** The properties the engine session starts with. */
  Map<String, String> sessionProperties() {
    Map<String, String> session = new TreeMap<>();
    values.forEach((property, value) -> {
      if (property.scope() == Scope.SESSION) {
        session.put(property.name(), String.valueOf(value));
      }
    });
    return session;
  }

  static DriverPropertyInfo[] info(Map<String, String> fromUrl, Properties info) {
    return new TreeMap<>(BY_NAME).values().stream()
        .map(property -> {
          String current = info == null ? null : info.getProperty(property.name());
          return property.info(current != null ? current : fromUrl.get(property.name()));
        })
        .toArray(DriverPropertyInfo[]::new);
  }
}
