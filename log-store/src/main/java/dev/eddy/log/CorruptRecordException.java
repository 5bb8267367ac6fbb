package dev.eddy.log;

/** Stored bytes fail validation (length, CRC, framing); the message names the file and position. */
public class CorruptRecordException extends LogException {

  private static final long serialVersionUID = 1L;

  public CorruptRecordException(String message) {
    super(message);
  }

  public CorruptRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
