package dev.eddy.engine.format.protobuf;

import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.SerdeTarget;
import java.util.Arrays;

/**
 * How a nullable column is laid out, ksqlDB's {@code KEY_/VALUE_PROTOBUF_NULLABLE_REPRESENTATION}.
 * Every SQL column is nullable, but a plain proto3 scalar cannot tell null from its default
 * (0, "", false), so by default a null scalar reads back as its default.
 */
enum NullableRepresentation {

  /** Plain proto3 fields: a null scalar is not written and reads back as its default; messages keep null. */
  PLAIN,
  /** Proto3 {@code optional} fields: every singular field records its presence. */
  OPTIONAL,
  /** Scalars become {@code google.protobuf.*Value} wrapper messages, whose absence is null. */
  WRAPPER;

  static NullableRepresentation of(FormatOptions options, SerdeTarget target) {
    String given = options.protobufNullableRepresentation(target).orElse(null);
    if (given == null) {
      return PLAIN;
    }
    if (given.equals(OPTIONAL.name()) || given.equals(WRAPPER.name())) {
      return valueOf(given);
    }
    String property = target == SerdeTarget.KEY ? FormatOptions.KEY_PROTOBUF_NULLABLE_REPRESENTATION
        : FormatOptions.VALUE_PROTOBUF_NULLABLE_REPRESENTATION;
    throw new FormatException("Invalid " + property + " '" + given + "': expected one of "
        + Arrays.asList(OPTIONAL, WRAPPER));
  }
}
