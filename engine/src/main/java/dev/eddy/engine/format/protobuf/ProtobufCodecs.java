package dev.eddy.engine.format.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.eddy.engine.format.Decimals;
import dev.eddy.engine.format.TypeNames;
import dev.eddy.engine.format.ValueConversionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Builds the {@link ProtobufCodec} of a field from its SQL type and its protobuf type, converting
 * as Confluent's ProtobufData does for ksqlDB: DATE is days since the epoch as a
 * {@code google.type.Date}, TIME milliseconds of the day as a {@code google.type.TimeOfDay} (its
 * nanos the milliseconds), TIMESTAMP epoch milliseconds as a {@code google.protobuf.Timestamp},
 * DECIMAL its unscaled value, precision and scale, and a wrapper its {@code value} field. A
 * decimal read must fit its column's DECIMAL(p, s), as in every format ({@link Decimals}).
 */
final class ProtobufCodecs {

  private static final long NANOS_PER_MILLI = 1_000_000L;

  private ProtobufCodecs() {}

  /** The codec for values of {@code type} held in {@code field} (or in each element of a repeated one). */
  static ProtobufCodec forField(FieldDescriptor field, RelDataType type) {
    return field.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? forMessage(field.getMessageType(), type)
        : scalar(type);
  }

  /** The codec turning values of {@code type} into messages of type {@code message}. */
  static ProtobufCodec forMessage(Descriptor message, RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case ROW -> new MessageCodec(message, type.getFieldList(), false);
      case DECIMAL -> decimal(type);
      case DATE -> date();
      case TIME -> time();
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> timestamp();
      default -> wrapper(message, scalar(type));
    };
  }

  private static ProtobufCodec scalar(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> codec(value -> (Boolean) value, UnaryOperator.identity());
      case INTEGER -> codec(value -> (Integer) value, UnaryOperator.identity());
      case BIGINT -> codec(value -> (Long) value, UnaryOperator.identity());
      case DOUBLE -> codec(value -> (Double) value, UnaryOperator.identity());
      case CHAR, VARCHAR -> codec(value -> (String) value, UnaryOperator.identity());
      case BINARY, VARBINARY -> codec(
          value -> ByteString.copyFrom(((org.apache.calcite.avatica.util.ByteString) value).getBytes()),
          value -> new org.apache.calcite.avatica.util.ByteString(((ByteString) value).toByteArray()));
      default -> throw new IllegalArgumentException("No protobuf scalar for " + TypeNames.of(type));
    };
  }

  /** A {@code google.protobuf.*Value}: the scalar in field 1. */
  private static ProtobufCodec wrapper(Descriptor wrapper, ProtobufCodec scalar) {
    FieldDescriptor value = wrapper.findFieldByNumber(1);
    return codec(
        internal -> DynamicMessage.newBuilder(wrapper).setField(value, scalar.write(internal)).build(),
        message -> scalar.read(((Message) message).getField(value)));
  }

  private static ProtobufCodec decimal(RelDataType type) {
    Descriptor decimal = WellKnownTypes.DECIMAL;
    FieldDescriptor unscaled = decimal.findFieldByNumber(1);
    FieldDescriptor precision = decimal.findFieldByNumber(2);
    FieldDescriptor scale = decimal.findFieldByNumber(3);
    return codec(
        internal -> {
          BigDecimal value = (BigDecimal) internal;
          return DynamicMessage.newBuilder(decimal)
              .setField(unscaled, ByteString.copyFrom(value.unscaledValue().toByteArray()))
              .setField(precision, value.precision())
              .setField(scale, value.scale())
              .build();
        },
        message -> {
          Message decimalMessage = (Message) message;
          byte[] bytes = ((ByteString) decimalMessage.getField(unscaled)).toByteArray();
          BigInteger digits = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
          return Decimals.ensureFit(new BigDecimal(digits, (Integer) decimalMessage.getField(scale)), type);
        });
  }

  private static ProtobufCodec date() {
    Descriptor date = WellKnownTypes.DATE;
    FieldDescriptor year = date.findFieldByNumber(1);
    FieldDescriptor month = date.findFieldByNumber(2);
    FieldDescriptor day = date.findFieldByNumber(3);
    return codec(
        internal -> {
          LocalDate value = LocalDate.ofEpochDay((Integer) internal); // every int of days is a valid date
          return DynamicMessage.newBuilder(date).setField(year, value.getYear())
              .setField(month, value.getMonthValue()).setField(day, value.getDayOfMonth()).build();
        },
        message -> {
          Message dateMessage = (Message) message;
          int[] parts = ints(dateMessage, year, month, day);
          try {
            return (int) LocalDate.of(parts[0], parts[1], parts[2]).toEpochDay();
          } catch (DateTimeException e) {
            throw new ValueConversionException("Can't convert google.type.Date " + parts[0] + "-" + parts[1] + "-"
                + parts[2] + " to DATE: " + e.getMessage(), e);
          }
        });
  }

  private static ProtobufCodec time() {
    Descriptor time = WellKnownTypes.TIME;
    FieldDescriptor hours = time.findFieldByNumber(1);
    FieldDescriptor minutes = time.findFieldByNumber(2);
    FieldDescriptor seconds = time.findFieldByNumber(3);
    FieldDescriptor nanos = time.findFieldByNumber(4);
    return codec(
        internal -> {
          LocalTime value;
          try {
            value = LocalTime.ofNanoOfDay((Integer) internal * NANOS_PER_MILLI);
          } catch (DateTimeException e) {
            throw new ValueConversionException("Can't convert " + internal + " ms to TIME: not a time of day", e);
          }
          return DynamicMessage.newBuilder(time).setField(hours, value.getHour())
              .setField(minutes, value.getMinute()).setField(seconds, value.getSecond())
              .setField(nanos, value.getNano()).build();
        },
        message -> {
          int[] parts = ints((Message) message, hours, minutes, seconds, nanos);
          try {
            return (int) (LocalTime.of(parts[0], parts[1], parts[2], parts[3]).toNanoOfDay() / NANOS_PER_MILLI);
          } catch (DateTimeException e) {
            throw new ValueConversionException("Can't convert google.type.TimeOfDay to TIME: " + e.getMessage(), e);
          }
        });
  }

  private static ProtobufCodec timestamp() {
    Descriptor timestamp = WellKnownTypes.TIMESTAMP;
    FieldDescriptor seconds = timestamp.findFieldByNumber(1);
    FieldDescriptor nanos = timestamp.findFieldByNumber(2);
    return codec(
        internal -> {
          long millis = (Long) internal;
          return DynamicMessage.newBuilder(timestamp)
              .setField(seconds, Math.floorDiv(millis, 1000L))
              .setField(nanos, (int) (Math.floorMod(millis, 1000L) * NANOS_PER_MILLI))
              .build();
        },
        message -> {
          Message timestampMessage = (Message) message;
          long wholeSeconds = (Long) timestampMessage.getField(seconds);
          int nanoPart = (Integer) timestampMessage.getField(nanos);
          try {
            return Math.addExact(Math.multiplyExact(wholeSeconds, 1000L), nanoPart / NANOS_PER_MILLI);
          } catch (ArithmeticException e) {
            throw new ValueConversionException("Can't convert google.protobuf.Timestamp of " + wholeSeconds
                + " seconds to TIMESTAMP: out of range", e);
          }
        });
  }

  private static int[] ints(Message message, FieldDescriptor... fields) {
    int[] values = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      values[i] = (Integer) message.getField(fields[i]);
    }
    return values;
  }

  private static ProtobufCodec codec(UnaryOperator<Object> writer, UnaryOperator<Object> reader) {
    return new ProtobufCodec() {
      @Override
      public Object write(Object value) {
        return writer.apply(value);
      }

      @Override
      public Object read(Object value) {
        return reader.apply(value);
      }
    };
  }
}
