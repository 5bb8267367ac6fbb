package dev.eddy.engine.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a session remembers between statements: properties set with SET (over the engine's
 * defaults) and variables defined with DEFINE. Belongs to one client; not thread-safe.
 */
public final class SessionState {

  private final Map<String, String> defaults;
  private final Map<String, String> overrides = new TreeMap<>();
  private final Map<String, String> variables = new LinkedHashMap<>();

  public SessionState(Map<String, String> defaults, Map<String, String> overrides) {
    this.defaults = Map.copyOf(defaults);
    this.overrides.putAll(overrides);
  }

  /** The effective properties: defaults overridden by SET. */
  public Map<String, String> properties() {
    Map<String, String> effective = new TreeMap<>(defaults);
    effective.putAll(overrides);
    return effective;
  }

  public Map<String, String> defaults() {
    return defaults;
  }

  public Map<String, String> overrides() {
    return Map.copyOf(overrides);
  }

  public void set(String name, String value) {
    overrides.put(name, value);
  }

  /** Removes a SET override; false if there was none. */
  public boolean unset(String name) {
    return overrides.remove(name) != null;
  }

  public Map<String, String> variables() {
    return variables;
  }
}
