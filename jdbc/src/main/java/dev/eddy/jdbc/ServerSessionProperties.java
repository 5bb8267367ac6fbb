package dev.eddy.jdbc;

import dev.eddy.engine.StatementResult;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session properties a server connection sends with every request. The server runs each
 * request in a session of its own, so what SET and UNSET change is remembered here, once the
 * server has accepted the statement, and sent again with the requests that follow.
 */
final class ServerSessionProperties {

  private static final String QUOTED = "'((?:[^']|'')*)'";
  private static final Pattern SET = Pattern.compile("(?is)\\s*SET\\s+" + QUOTED + "\\s*=\\s*" + QUOTED + "\\s*;?\\s*");
  private static final Pattern UNSET = Pattern.compile("(?is)\\s*UNSET\\s+" + QUOTED + "\\s*;?\\s*");

  private final Map<String, String> properties;

  ServerSessionProperties(Map<String, String> initial) {
    this.properties = new TreeMap<>(initial);
  }

  /** Remembers what an accepted SET or UNSET changed; other results change nothing. */
  synchronized void remember(StatementResult result) {
    if (!(result instanceof StatementResult.Message)) {
      return;
    }
    Matcher set = SET.matcher(result.statementText());
    if (set.matches()) {
      properties.put(unquote(set.group(1)), unquote(set.group(2)));
      return;
    }
    Matcher unset = UNSET.matcher(result.statementText());
    if (unset.matches()) {
      properties.remove(unquote(unset.group(1)));
    }
  }

  synchronized Map<String, String> current() {
    return Map.copyOf(properties);
  }

  private static String unquote(String text) {
    return text.replace("''", "'");
  }
}
