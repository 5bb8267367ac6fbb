package dev.eddy.log;

/** An I/O operation on the data directory failed; the message names the file and the operation. */
public class LogStorageException extends LogException {

  private static final long serialVersionUID = 1L;

  public LogStorageException(String message) {
    super(message);
  }

  public LogStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
