package dev.eddy.log;

/** The topic has no partition of that number. */
public class UnknownPartitionException extends LogException {

  private static final long serialVersionUID = 1L;

  public UnknownPartitionException(String message) {
    super(message);
  }

  public UnknownPartitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
