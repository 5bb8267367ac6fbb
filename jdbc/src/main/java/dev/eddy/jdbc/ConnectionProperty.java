package dev.eddy.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One property a connection accepts, from the URL's query string or the {@code Properties}
 * passed to {@code connect}: its name, what it is for, and how its text becomes a value.
 *
 * @param scope where the value goes
 * @param choices the accepted values, or empty when any value its parser takes will do
 * @param parser turns the text into the value; throws {@link IllegalArgumentException} saying
 *     what is wrong
 */
record ConnectionProperty<T>(String name, String description, Scope scope, List<String> choices,
    Function<String, T> parser) {

  /** Where a property's value goes. */
  enum Scope {
    /** Read by the driver itself. */
    DRIVER,
    /** Becomes a property of the connection's engine session, as if SET ran first. */
    SESSION
  }

  static ConnectionProperty<String> string(String name, Scope scope, String description) {
    return new ConnectionProperty<>(name, description, scope, List.of(), text -> text);
  }

  /** A property whose value is one of {@code choices}, matched ignoring case, kept lower-case. */
  static ConnectionProperty<String> oneOf(String name, Scope scope, String description, String... choices) {
    List<String> accepted = List.of(choices);
    return new ConnectionProperty<>(name, description, scope, accepted, text -> {
      String value = text.trim().toLowerCase(Locale.ROOT);
      if (!accepted.contains(value)) {
        throw new IllegalArgumentException("must be one of " + String.join(", ", accepted) + ", not '" + text + "'");
      }
      return value;
    });
  }

  T parse(String text) {
    return parser.apply(text);
  }

  DriverPropertyInfo info(String currentValue) {
    DriverPropertyInfo info = new DriverPropertyInfo(name, currentValue);
    info.description = description;
    info.required = false;
    info.choices = choices.isEmpty() ? null : choices.toArray(String[]::new);
    return info;
  }
}
