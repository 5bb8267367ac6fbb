package dev.eddy.functions.registry;

/**
 * A function cannot be found, resolved, loaded or called. Messages are written for the user who
 * typed the query: they name the function and, on resolution failures, list the signatures
 * that exist.
 */
public class FunctionException extends RuntimeException {

  public FunctionException(String message) {
    super(message);
  }

  public FunctionException(String message, Throwable cause) {
    super(message, cause);
  }
}
