package dev.eddy.engine.format;

/**
 * Bytes that do not fit a schema, or a value a format cannot encode. The message names the
 * column (with a path into nested values, e.g. {@code ADDRESS.CITY}, {@code ITEMS[2]}) and the
 * problem: {@code Can't convert 'abc' to INTEGER for column AMOUNT}.
 */
public class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FormatException(String message) {
    super(message);
  }

  public FormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
