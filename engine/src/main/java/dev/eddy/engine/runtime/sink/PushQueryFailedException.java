package dev.eddy.engine.runtime.sink;

/** Thrown to a push-query reader when the query behind the cursor failed. */
public final class PushQueryFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PushQueryFailedException(Throwable cause) {
    super("Push query failed: " + cause.getMessage(), cause);
  }
}
