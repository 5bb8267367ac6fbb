package dev.eddy.engine.command;

import java.util.Map;
import java.util.Objects;

/**
 * One accepted statement that changes the engine's state: a DDL statement or a persistent query.
 *
 * @param statement the statement text as the user wrote it
 * @param variables the session's variables, which replay substitutes into the text again
 * @param properties the session properties set when it was accepted
 * @param queryId the persistent query id it was given, or null for plain DDL
 */
public record Command(String statement, Map<String, String> variables, Map<String, String> properties, String queryId) {

  public Command {
    Objects.requireNonNull(statement, "statement");
    variables = Map.copyOf(variables);
    properties = Map.copyOf(properties);
  }
}
