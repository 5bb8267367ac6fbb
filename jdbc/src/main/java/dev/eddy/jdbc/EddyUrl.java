package dev.eddy.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code jdbc:eddy:} URL. Three shapes:
 * <ul>
 *   <li>{@code jdbc:eddy:<data-dir>} — an engine in this JVM on that directory (relative to the
 *       working directory unless absolute);</li>
 *   <li>{@code jdbc:eddy:mem:} or {@code jdbc:eddy:mem:<name>} — an engine in this JVM whose
 *       data lives only as long as some connection to it is open; connections naming the same
 *       in-memory engine share it;</li>
 *   <li>{@code jdbc:eddy://host:port} — an Eddy server, over its HTTP API.</li>
 * </ul>
 * Any of them may end in {@code ?name=value&...}: connection properties, URL-encoded. A data
 * directory therefore cannot contain {@code ?}.
 */
record EddyUrl(String url, Target target, Map<String, String> properties) {

  static final String PREFIX = "jdbc:eddy:";
  private static final String MEMORY = "mem:";

  /** Where a URL points. */
  sealed interface Target {}

  record Directory(Path path) implements Target {}

  /** @param name empty for the default in-memory engine ({@code jdbc:eddy:mem:}) */
  record Memory(String name) implements Target {}

  record Server(String host, int port) implements Target {}

  static boolean accepts(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  static EddyUrl parse(String url) throws SQLException {
    if (!accepts(url)) {
      throw new SQLException("Not an Eddy URL (they start with '" + PREFIX + "'): " + url, SqlStates.CONNECTION_FAILURE);
    }
    String rest = url.substring(PREFIX.length());
    int query = rest.indexOf('?');
    String location = query < 0 ? rest : rest.substring(0, query);
    Map<String, String> properties = query < 0 ? Map.of() : queryProperties(url, rest.substring(query + 1));
    return new EddyUrl(url, target(url, location), properties);
  }

  private static Target target(String url, String location) throws SQLException {
    if (location.startsWith(MEMORY)) {
      return new Memory(location.substring(MEMORY.length()));
    }
    if (location.startsWith("//")) {
      return server(url, location);
    }
    if (location.isBlank()) {
      throw invalid(url, "it names no data directory; use " + PREFIX + "<data-dir>, " + PREFIX + "mem: or "
          + PREFIX + "//host:port");
    }
    try {
      return new Directory(Path.of(location));
    } catch (InvalidPathException e) {
      throw invalid(url, "'" + location + "' is not a valid path: " + e.getReason());
    }
  }

  private static Server server(String url, String location) throws SQLException {
    URI uri;
    try {
      uri = new URI("eddy:" + location);
    } catch (URISyntaxException e) {
      throw invalid(url, e.getReason());
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw invalid(url, "a server URL needs a host and a port: " + PREFIX + "//host:port");
    }
    if (uri.getPort() == 0) {
      throw invalid(url, "port 0 is not a server's port");
    }
    return new Server(uri.getHost(), uri.getPort());
  }

  private static Map<String, String> queryProperties(String url, String query) throws SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw invalid(url, "'" + pair + "' in the query string is not name=value");
      }
      String name = decode(url, pair.substring(0, equals));
      if (properties.put(name, decode(url, pair.substring(equals + 1))) != null) {
        throw invalid(url, "property '" + name + "' is given twice");
      }
    }
    return properties;
  }

  private static String decode(String url, String text) throws SQLException {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(url, e.getMessage());
    }
  }

  private static SQLException invalid(String url, String why) {
    return new SQLException("Invalid Eddy URL " + url + ": " + why, SqlStates.CONNECTION_FAILURE);
  }
}
