package dev.eddy.shell;

import java.nio.file.Path;

/**
 * What the shell connects to: the JDBC URL, and the words the banner uses for it.
 *
 * @param url a {@code jdbc:eddy:} URL
 * @param description e.g. {@code the engine in /home/me/eddy-data}
 */
record ConnectionTarget(String url, String description) {

  static ConnectionTarget of(ShellOptions options) {
    if (options.jdbcUrl != null) {
      return new ConnectionTarget(options.jdbcUrl, options.jdbcUrl);
    }
    if (options.server != null) {
      return server(options.server);
    }
    Path dir = (options.dataDir == null ? ShellOptions.DEFAULT_DATA_DIR : options.dataDir).toAbsolutePath().normalize();
    return new ConnectionTarget("jdbc:eddy:" + dir, "the engine in " + dir);
  }

  /**
   * {@code http://host:port} (or {@code host:port}) becomes {@code jdbc:eddy://host:port}.
   *
   * @throws IllegalArgumentException for a scheme the driver does not speak
   */
  static ConnectionTarget server(String url) {
    String address = url.strip();
    if (address.startsWith("jdbc:eddy://")) {
      address = address.substring("jdbc:eddy://".length());
    } else if (address.startsWith("http://")) {
      address = address.substring("http://".length());
    } else if (address.contains("://")) {
      throw new IllegalArgumentException("--server " + url + ": only http:// servers are supported");
    }
    while (address.endsWith("/")) {
      address = address.substring(0, address.length() - 1);
    }
    return new ConnectionTarget("jdbc:eddy://" + address, "the server at http://" + address);
  }
}
