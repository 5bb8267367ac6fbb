package dev.eddy.log;

/** The store, topic or partition was closed (or the topic deleted) while in use. */
public class LogClosedException extends LogException {

  private static final long serialVersionUID = 1L;

  public LogClosedException(String message) {
    super(message);
  }

  public LogClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
