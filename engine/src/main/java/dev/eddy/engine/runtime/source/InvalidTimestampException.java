package dev.eddy.engine.runtime.source;

/** A record whose event time is missing, negative or unparsable; the record is skipped and logged. */
public final class InvalidTimestampException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTimestampException(String message) {
    super(message);
  }

  public InvalidTimestampException(String message, Throwable cause) {
    super(message, cause);
  }
}
