package dev.eddy.log;

/** A topic name breaks a naming rule; the message names the rule. */
public class InvalidTopicException extends LogException {

  private static final long serialVersionUID = 1L;

  public InvalidTopicException(String message) {
    super(message);
  }

  public InvalidTopicException(String message, Throwable cause) {
    super(message, cause);
  }
}
