package dev.eddy.log;

/** A read asked for an offset that is negative or past the partition's end offset. */
public class OffsetOutOfRangeException extends LogException {

  private static final long serialVersionUID = 1L;

  public OffsetOutOfRangeException(String message) {
    super(message);
  }

  public OffsetOutOfRangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
