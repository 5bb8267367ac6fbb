package dev.eddy.engine.format.protobuf;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.WrappersProto;
import java.util.List;

/**
 * The message types ksqlDB (through Confluent's ProtobufData) uses for logical types and nullable
 * scalars, so Eddy's bytes read in ksqlDB and back:
 *
 * <ul>
 *   <li>DECIMAL: {@code confluent.type.Decimal {bytes value = 1; uint32 precision = 2; int32 scale = 3;}},
 *       the value the unscaled integer in big-endian two's complement;
 *   <li>DATE: {@code google.type.Date {int32 year = 1; int32 month = 2; int32 day = 3;}};
 *   <li>TIME: {@code google.type.TimeOfDay {int32 hours = 1; int32 minutes = 2; int32 seconds = 3; int32 nanos = 4;}};
 *   <li>TIMESTAMP: {@code google.protobuf.Timestamp}, and the {@code google.protobuf.*Value} wrappers,
 *       both shipped with protobuf-java.
 * </ul>
 *
 * The first three are not in protobuf-java, so their descriptors are built here from their
 * published definitions.
 */
final class WellKnownTypes {

  static final FileDescriptor DECIMAL_FILE = file("confluent/type/decimal.proto", "confluent.type",
      message("Decimal", field("value", 1, FieldDescriptorProto.Type.TYPE_BYTES),
          field("precision", 2, FieldDescriptorProto.Type.TYPE_UINT32),
          field("scale", 3, FieldDescriptorProto.Type.TYPE_INT32)));
  static final FileDescriptor DATE_FILE = file("google/type/date.proto", "google.type",
      message("Date", field("year", 1, FieldDescriptorProto.Type.TYPE_INT32),
          field("month", 2, FieldDescriptorProto.Type.TYPE_INT32),
          field("day", 3, FieldDescriptorProto.Type.TYPE_INT32)));
  static final FileDescriptor TIME_FILE = file("google/type/timeofday.proto", "google.type",
      message("TimeOfDay", field("hours", 1, FieldDescriptorProto.Type.TYPE_INT32),
          field("minutes", 2, FieldDescriptorProto.Type.TYPE_INT32),
          field("seconds", 3, FieldDescriptorProto.Type.TYPE_INT32),
          field("nanos", 4, FieldDescriptorProto.Type.TYPE_INT32)));

  static final Descriptor DECIMAL = DECIMAL_FILE.getMessageTypes().get(0);
  static final Descriptor DATE = DATE_FILE.getMessageTypes().get(0);
  static final Descriptor TIME = TIME_FILE.getMessageTypes().get(0);
  static final Descriptor TIMESTAMP = TimestampProto.getDescriptor().getMessageTypes().get(0);

  /** Every file a generated schema may import. */
  static final List<FileDescriptor> FILES =
      List.of(DECIMAL_FILE, DATE_FILE, TIME_FILE, TimestampProto.getDescriptor(), WrappersProto.getDescriptor());

  private WellKnownTypes() {}

  /** The {@code google.protobuf} wrapper, e.g. {@code Int32Value}. */
  static Descriptor wrapper(String name) {
    return WrappersProto.getDescriptor().findMessageTypeByName(name);
  }

  private static FileDescriptor file(String name, String pkg, DescriptorProto message) {
    FileDescriptorProto proto = FileDescriptorProto.newBuilder()
        .setName(name).setPackage(pkg).setSyntax("proto3").addMessageType(message).build();
    try {
      return FileDescriptor.buildFrom(proto, new FileDescriptor[0]);
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException("Invalid built-in schema " + name, e);
    }
  }

  private static DescriptorProto message(String name, FieldDescriptorProto... fields) {
    return DescriptorProto.newBuilder().setName(name).addAllField(List.of(fields)).build();
  }

  private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type) {
    return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
        .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).build();
  }
}
