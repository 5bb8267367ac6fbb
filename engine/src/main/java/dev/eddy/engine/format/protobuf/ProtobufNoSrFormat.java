package dev.eddy.engine.format.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.eddy.engine.format.Format;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.format.ValueConversionException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * ksqlDB's PROTOBUF_NOSR format: plain protobuf binary with no schema registry, the schema
 * derived from the declared columns ({@link ProtobufSchemas}), so any protobuf client holding the
 * matching {@code .proto} reads and writes the topic.
 *
 * <p>Wrapping as in JSON: a record part is a message of its columns, except a single key column,
 * or a single value column with {@code WRAP_SINGLE_VALUE=false}, which is the column's own
 * message — a scalar's {@code google.protobuf} wrapper. Nulls follow
 * {@code KEY_/VALUE_PROTOBUF_NULLABLE_REPRESENTATION} ({@link NullableRepresentation}); by default a
 * null scalar column reads back as 0, "" or false, as in ksqlDB.
 */
public final class ProtobufNoSrFormat implements Format {

  public static final String NAME = "PROTOBUF_NOSR";

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
    RecordCodec codec = RecordCodec.of(schema, target, options);
    RowSerializer serializer = values -> values == null ? null : codec.write(values);
    return RowSerializer.forPart(serializer, target, schema.getFieldCount());
  }

  @Override
  public RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    RecordCodec codec = RecordCodec.of(schema, target, options);
    return bytes -> bytes == null ? null : codec.read(bytes);
  }

  /** A record part's message and how its columns map onto it, decided once per schema. */
  private record RecordCodec(Descriptor descriptor, ProtobufCodec codec, String column) {

    static RecordCodec of(RelDataType schema, SerdeTarget target, FormatOptions options) {
      NullableRepresentation nulls = NullableRepresentation.of(options, target);
      int columns = schema.getFieldCount();
      if (columns == 0) {
        return new RecordCodec(null, null, null);
      }
      if (options.wrapped(target, columns)) {
        Descriptor record = ProtobufSchemas.record(schema.getFieldList(), nulls);
        return new RecordCodec(record, new MessageCodec(record, schema.getFieldList(), true), null);
      }
      RelDataTypeField only = schema.getFieldList().get(0);
      Descriptor root = ProtobufSchemas.unwrapped(only.getType(), only.getName(), nulls);
      return new RecordCodec(root, ProtobufCodecs.forMessage(root, only.getType()), only.getName());
    }

    /** A key with no columns writes no bytes. */
    byte[] write(Object[] values) {
      if (descriptor == null) {
        return null;
      }
      if (column == null) {
        return ((Message) codec.write(values)).toByteArray();
      }
      if (values[0] == null) {
        return null;
      }
      try {
        return ((Message) codec.write(values[0])).toByteArray();
      } catch (ValueConversionException e) {
        throw e.forColumn(column);
      } catch (ClassCastException e) {
        throw new FormatException("Can't serialize " + values[0].getClass().getSimpleName() + " value '" + values[0]
            + "' as " + descriptor.getName() + " for column " + column, e);
      }
    }

    Object[] read(byte[] bytes) {
      if (descriptor == null) {
        return new Object[0];
      }
      DynamicMessage message;
      try {
        message = DynamicMessage.parseFrom(descriptor, bytes);
      } catch (InvalidProtocolBufferException e) {
        throw new FormatException("Invalid PROTOBUF_NOSR message for " + descriptor.getName() + ": "
            + e.getMessage(), e);
      }
      if (column == null) {
        return (Object[]) codec.read(message);
      }
      try {
        return new Object[] {codec.read(message)};
      } catch (ValueConversionException e) {
        throw e.forColumn(column);
      }
    }
  }
}
