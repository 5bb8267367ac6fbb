package dev.eddy.engine.format;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The WITH-clause properties a format reads: {@code WRAP_SINGLE_VALUE},
 * {@code VALUE_DELIMITER} and {@code KEY_DELIMITER}. Keys are matched case-insensitively.
 */
public final class FormatOptions {

  public static final String WRAP_SINGLE_VALUE = "WRAP_SINGLE_VALUE";
  public static final String VALUE_DELIMITER = "VALUE_DELIMITER";
  public static final String KEY_DELIMITER = "KEY_DELIMITER";

  private static final FormatOptions NONE = new FormatOptions(Map.of());

  private final Map<String, String> properties;

  private FormatOptions(Map<String, String> properties) {
    this.properties = properties;
  }

  public static FormatOptions none() {
    return NONE;
  }

  /** Options from WITH-clause properties; unrelated properties are ignored. */
  public static FormatOptions of(Map<String, String> properties) {
    Map<String, String> upper = new java.util.HashMap<>();
    properties.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
    return new FormatOptions(Map.copyOf(upper));
  }

  /** {@code WRAP_SINGLE_VALUE} when given: {@code true} or {@code false}, anything else is an error. */
  public Optional<Boolean> wrapSingleValue() {
    String value = properties.get(WRAP_SINGLE_VALUE);
    if (value == null) {
      return Optional.empty();
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Optional.of(Boolean.parseBoolean(value));
    }
    throw new FormatException("Invalid " + WRAP_SINGLE_VALUE + " '" + value + "': expected true or false");
  }

  /**
   * The delimiter for {@code target}: one character, or {@code TAB} / {@code SPACE} (ksqlDB's
   * names for the characters that cannot be written in a WITH clause); a comma by default.
   */
  public char delimiter(SerdeTarget target) {
    String name = target == SerdeTarget.KEY ? KEY_DELIMITER : VALUE_DELIMITER;
    String value = properties.get(name);
    if (value == null) {
      return ',';
    }
    if (value.equalsIgnoreCase("TAB")) {
      return '\t';
    }
    if (value.equalsIgnoreCase("SPACE")) {
      return ' ';
    }
    if (value.length() != 1 || Character.isWhitespace(value.charAt(0))) {
      throw new FormatException("Invalid " + name + " '" + value
          + "': expected a single character, or TAB or SPACE");
    }
    return value.charAt(0);
  }
}
