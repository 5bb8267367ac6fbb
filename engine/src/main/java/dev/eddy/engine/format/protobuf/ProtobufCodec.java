package dev.eddy.engine.format.protobuf;

/**
 * Converts the non-null values of one SQL type between Eddy's internal representation and the
 * values protobuf-java's {@code DynamicMessage} holds for one field type: {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code String}, protobuf {@code ByteString}, or
 * a {@code Message}. Chosen once per field when the schema is built ({@link ProtobufCodecs}).
 */
interface ProtobufCodec {

  /** The protobuf value of the internal {@code value}. */
  Object write(Object value);

  /** The internal value of the protobuf {@code value}. */
  Object read(Object value);
}
