package dev.eddy.log;

/** A topic of that name already exists. */
public class TopicExistsException extends LogException {

  private static final long serialVersionUID = 1L;

  public TopicExistsException(String message) {
    super(message);
  }

  public TopicExistsException(String message, Throwable cause) {
    super(message, cause);
  }
}
