package dev.eddy.engine.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that does not fit its type, thrown by the per-type converters before they know
 * which column they are in. Containers prepend their path segment on the way out and the
 * record-level serde turns it into a {@link FormatException} naming the column — so the happy
 * path never builds paths.
 */
public final class ValueConversionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Deque<String> path = new ArrayDeque<>();

  public ValueConversionException(String problem) {
    super(problem);
  }

  public ValueConversionException(String problem, Throwable cause) {
    super(problem, cause);
  }

  /** The standard problem text: {@code Can't convert 'abc' to INTEGER}. */
  public static ValueConversionException cannotConvert(Object value, String typeName) {
    return new ValueConversionException("Can't convert " + quote(value) + " to " + typeName);
  }

  private static String quote(Object value) {
    String text = String.valueOf(value);
    if (text.length() > 100) {
      text = text.substring(0, 100) + "...";
    }
    return "'" + text + "'";
  }

  /** Adds a segment in front: a field ({@code .CITY}), an element ({@code [2]}) or a column name. */
  public ValueConversionException within(String segment) {
    path.addFirst(segment);
    return this;
  }

  /**
   * The exception for the column the value belongs to. This exception is plumbing, so the
   * result carries only its underlying cause (e.g. a parse error), not this.
   */
  public FormatException forColumn(String column) {
    return new FormatException(getMessage() + " for column " + column + String.join("", path), getCause());
  }
}
