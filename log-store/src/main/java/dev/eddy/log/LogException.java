package dev.eddy.log;

/** The root of every exception the log store throws. Unchecked. */
public class LogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LogException(String message) {
    super(message);
  }

  public LogException(String message, Throwable cause) {
    super(message, cause);
  }
}
