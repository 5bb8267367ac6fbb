package dev.eddy.engine.command;

import java.util.Map;
import java.util.Objects;

/**
 * One accepted statement that changes the engine's state: a DDL statement or a persistent query.
 *
 * @param statement the statement text, variables already substituted
 * @param properties the session properties in effect when it was accepted
 * @param queryId the persistent query id it was given, or null for plain DDL
 */
public record Command(String statement, Map<String, String> properties, String queryId) {

  public Command {
    Objects.requireNonNull(statement, "statement");
    properties = Map.copyOf(properties);
  }
}
