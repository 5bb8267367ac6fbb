package dev.eddy.functions.api;

/**
 * Thrown by a function for a bad argument value (an unknown encoding, a zero step). The engine
 * reports the message in the processing log and skips the row, so the message should say what
 * was wrong with which argument.
 */
public class UdfException extends RuntimeException {

  public UdfException(String message) {
    super(message);
  }

  public UdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
