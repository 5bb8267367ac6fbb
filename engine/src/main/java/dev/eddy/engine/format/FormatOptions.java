package dev.eddy.engine.format;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The WITH-clause properties a format reads: {@code WRAP_SINGLE_VALUE},
 * {@code VALUE_DELIMITER}, {@code KEY_DELIMITER} and
 * {@code KEY_/VALUE_PROTOBUF_NULLABLE_REPRESENTATION}. Keys are matched case-insensitively.
 */
public final class FormatOptions {

  public static final String WRAP_SINGLE_VALUE = "WRAP_SINGLE_VALUE";
  /**
   * ksqlDB's {@code ksql.persistence.wrap.single.values}: the WRAP_SINGLE_VALUE of a source that
   * gives none, for the formats that can both wrap and unwrap; unlike the property, it is ignored
   * for a schema with several columns.
   */
  public static final String DEFAULT_WRAP_SINGLE_VALUE = "KSQL.PERSISTENCE.WRAP.SINGLE.VALUES";
  public static final String VALUE_DELIMITER = "VALUE_DELIMITER";
  public static final String KEY_DELIMITER = "KEY_DELIMITER";
  public static final String KEY_PROTOBUF_NULLABLE_REPRESENTATION = "KEY_PROTOBUF_NULLABLE_REPRESENTATION";
  public static final String VALUE_PROTOBUF_NULLABLE_REPRESENTATION = "VALUE_PROTOBUF_NULLABLE_REPRESENTATION";

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
   * ksqlDB's wrapping for the formats that can both wrap and unwrap a single column (JSON,
   * PROTOBUF_NOSR): a key with one column is the bare value (WRAP_SINGLE_VALUE is a value
   * option); a value is a record of its columns unless it has one column and
   * {@code WRAP_SINGLE_VALUE=false} (or, when not given, {@link #DEFAULT_WRAP_SINGLE_VALUE}
   * false); WRAP_SINGLE_VALUE is refused for any other column count.
   */
  public boolean wrapped(SerdeTarget target, int columns) {
    if (target == SerdeTarget.KEY) {
      return columns != 1;
    }
    if (columns != 1 && wrapSingleValue().isPresent()) {
      throw new FormatException("'" + WRAP_SINGLE_VALUE + "' is only valid for a single column, but the schema has "
          + columns);
    }
    return columns != 1 || wrapSingleValue().orElseGet(() -> !"false".equalsIgnoreCase(
        properties.getOrDefault(DEFAULT_WRAP_SINGLE_VALUE, "true").trim()));
  }

  /**
   * {@code KEY_PROTOBUF_NULLABLE_REPRESENTATION} or {@code VALUE_PROTOBUF_NULLABLE_REPRESENTATION}
   * for {@code target}, upper case, when given; the protobuf formats check the value.
   */
  public Optional<String> protobufNullableRepresentation(SerdeTarget target) {
    String name = target == SerdeTarget.KEY ? KEY_PROTOBUF_NULLABLE_REPRESENTATION
        : VALUE_PROTOBUF_NULLABLE_REPRESENTATION;
    return Optional.ofNullable(properties.get(name)).map(v -> v.trim().toUpperCase(Locale.ROOT));
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
