package dev.eddy.log;

/** An index file is inconsistent with its log segment; the message names the file. */
public class CorruptIndexException extends LogException {

  private static final long serialVersionUID = 1L;

  public CorruptIndexException(String message) {
    super(message);
  }

  public CorruptIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
