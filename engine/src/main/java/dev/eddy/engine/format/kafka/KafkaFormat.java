package dev.eddy.engine.format.kafka;

import dev.eddy.engine.format.Format;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.format.TypeNames;
import dev.eddy.engine.format.ValueConversionException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * ksqlDB's KAFKA format: one primitive in the encoding of Kafka's standard serializers —
 * INTEGER as 4 bytes big-endian, BIGINT as 8, DOUBLE as 8-byte IEEE 754, STRING as UTF-8,
 * BYTES as is. One column at most; a key with no columns ignores the key bytes.
 */
public final class KafkaFormat implements Format {

  public static final String NAME = "KAFKA";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(SerdeTarget target) {
    return true;
  }

  @Override
  public RowSerializer serializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    Codec codec = codec(schema, target, options);
    if (codec == null) {
      return values -> null;
    }
    return values -> values == null || values[0] == null ? null : codec.encode(values[0]);
  }

  @Override
  public RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    Codec codec = codec(schema, target, options);
    if (codec == null) {
      return bytes -> bytes == null ? null : new Object[0];
    }
    return bytes -> bytes == null ? null : new Object[] {codec.decode(bytes)};
  }

  private static Codec codec(RelDataType schema, SerdeTarget target, FormatOptions options) {
    if (target == SerdeTarget.VALUE && options.wrapSingleValue().orElse(false)) {
      throw new FormatException("Format 'KAFKA' does not support '" + FormatOptions.WRAP_SINGLE_VALUE
          + "' set to 'true'");
    }
    if (schema.getFieldCount() == 0) {
      return null;
    }
    if (schema.getFieldCount() > 1) {
      throw new FormatException("The 'KAFKA' format only supports a single field. Got: "
          + schema.getFieldList().stream().map(RelDataTypeField::getName).toList());
    }
    RelDataTypeField field = schema.getFieldList().get(0);
    String typeName = TypeNames.of(field.getType());
    return switch (field.getType().getSqlTypeName()) {
      case INTEGER -> new Codec(field.getName(), typeName, 4,
          v -> ByteBuffer.allocate(4).putInt((Integer) v).array(), b -> ByteBuffer.wrap(b).getInt());
      case BIGINT -> new Codec(field.getName(), typeName, 8,
          v -> ByteBuffer.allocate(8).putLong((Long) v).array(), b -> ByteBuffer.wrap(b).getLong());
      case DOUBLE -> new Codec(field.getName(), typeName, 8,
          v -> ByteBuffer.allocate(8).putDouble((Double) v).array(), b -> ByteBuffer.wrap(b).getDouble());
      case CHAR, VARCHAR -> new Codec(field.getName(), typeName, -1,
          v -> ((String) v).getBytes(StandardCharsets.UTF_8), b -> new String(b, StandardCharsets.UTF_8));
      case BINARY, VARBINARY -> new Codec(field.getName(), typeName, -1,
          v -> ((ByteString) v).getBytes(), ByteString::new);
      default -> throw new FormatException("The 'KAFKA' format does not support type " + typeName
          + " (column " + field.getName() + ")");
    };
  }

  /** One column's fixed-width or variable-width encoding. */
  private record Codec(String column, String typeName, int width,
      Function<Object, byte[]> encoder, Function<byte[], Object> decoder) {

    byte[] encode(Object value) {
      try {
        return encoder.apply(value);
      } catch (ClassCastException e) {
        throw new FormatException("Can't serialize " + value.getClass().getSimpleName() + " value '" + value
            + "' as " + typeName + " for column " + column, e);
      }
    }

    Object decode(byte[] bytes) {
      if (width >= 0 && bytes.length != width) {
        throw new ValueConversionException("Can't convert " + bytes.length + " bytes to " + typeName
            + ": expected " + width).forColumn(column);
      }
      return decoder.apply(bytes);
    }
  }
}
