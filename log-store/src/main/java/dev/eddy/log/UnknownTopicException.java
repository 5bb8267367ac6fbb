package dev.eddy.log;

/** No topic of that name exists. */
public class UnknownTopicException extends LogException {

  private static final long serialVersionUID = 1L;

  public UnknownTopicException(String message) {
    super(message);
  }

  public UnknownTopicException(String message, Throwable cause) {
    super(message, cause);
  }
}
