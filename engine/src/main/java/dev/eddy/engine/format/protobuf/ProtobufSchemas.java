package dev.eddy.engine.format.protobuf;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.TypeNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Derives the protobuf schema of a record part from its SQL columns, laid out as ksqlDB's
 * PROTOBUF_NOSR derives it (Confluent's {@code ProtobufData.fromConnectSchema}), because without a
 * registry the two sides agree on nothing but this rule. On the wire only field numbers and
 * types matter, so names follow the columns only loosely:
 *
 * <ul>
 *   <li>a record is a proto3 message whose fields are the columns in order, numbered from 1;
 *   <li>BOOLEAN, INTEGER, BIGINT, DOUBLE, STRING and BYTES are {@code bool}, {@code int32},
 *       {@code int64}, {@code double}, {@code string} and {@code bytes} — or, with the WRAPPER
 *       representation, their {@code google.protobuf.*Value} wrappers wherever they appear;
 *   <li>DECIMAL, DATE, TIME and TIMESTAMP are the messages of {@link WellKnownTypes};
 *   <li>STRUCT is a nested message; ARRAY a repeated field of its element; MAP (STRING keys only)
 *       a repeated nested entry message with {@code key = 1} and {@code value = 2};
 *   <li>with the OPTIONAL representation every singular field of a record is proto3 {@code optional}.
 * </ul>
 *
 * An ARRAY of ARRAYs or of MAPs has no protobuf form (a repeated field cannot repeat), so it is refused.
 */
final class ProtobufSchemas {

  private static final String ROOT = "ConnectDefault";
  private static final FileDescriptor[] DEPENDENCIES = WellKnownTypes.FILES.toArray(FileDescriptor[]::new);

  private final NullableRepresentation nulls;
  private int messages;

  private ProtobufSchemas(NullableRepresentation nulls) {
    this.nulls = nulls;
  }

  /** The message of a record part whose columns are {@code fields}. */
  static Descriptor record(List<RelDataTypeField> fields, NullableRepresentation nulls) {
    ProtobufSchemas schemas = new ProtobufSchemas(nulls);
    FileDescriptorProto.Builder file = FileDescriptorProto.newBuilder()
        .setName("eddy/protobuf_nosr.proto").setSyntax("proto3")
        .addMessageType(schemas.message(schemas.nextName(), "", fields, null));
    WellKnownTypes.FILES.forEach(dependency -> file.addDependency(dependency.getName()));
    try {
      return FileDescriptor.buildFrom(file.build(), DEPENDENCIES).getMessageTypes().get(0);
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException("Generated an invalid protobuf schema: " + e.getMessage(), e);
    }
  }

  /**
   * The message of a single unwrapped column of {@code type}: a STRUCT's own message, a logical
   * type's message, or a scalar's {@code google.protobuf} wrapper (a message's root cannot be a bare scalar).
   */
  static Descriptor unwrapped(RelDataType type, String column, NullableRepresentation nulls) {
    return switch (type.getSqlTypeName()) {
      case ROW -> record(type.getFieldList(), nulls);
      case DECIMAL -> WellKnownTypes.DECIMAL;
      case DATE -> WellKnownTypes.DATE;
      case TIME -> WellKnownTypes.TIME;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> WellKnownTypes.TIMESTAMP;
      case ARRAY, MAP -> throw new FormatException("The 'PROTOBUF_NOSR' format cannot unwrap a single "
          + TypeNames.of(type) + " column (" + column + "): a message's root must be a record or a scalar");
      default -> WellKnownTypes.wrapper(wrapperName(type, column));
    };
  }

  private String nextName() {
    return ROOT + ++messages;
  }

  /** @param column the top-level column, for errors; null while building the record itself */
  private DescriptorProto message(String name, String scope, List<RelDataTypeField> fields, String column) {
    DescriptorProto.Builder message = DescriptorProto.newBuilder().setName(name);
    String fullName = scope + "." + name;
    FieldNames names = new FieldNames();
    for (int i = 0; i < fields.size(); i++) {
      RelDataTypeField field = fields.get(i);
      addField(message, fullName, names.of(field.getName()), i + 1, field.getType(),
          column == null ? field.getName() : column, nulls == NullableRepresentation.OPTIONAL);
    }
    return message.build();
  }

  private void addField(DescriptorProto.Builder message, String scope, String name, int number, RelDataType type,
      String column, boolean optional) {
    FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder()
        .setName(name).setNumber(number).setLabel(Label.LABEL_OPTIONAL);
    switch (type.getSqlTypeName()) {
      case ARRAY -> {
        RelDataType element = type.getComponentType();
        if (element.getSqlTypeName() == SqlTypeName.ARRAY || element.getSqlTypeName() == SqlTypeName.MAP) {
          throw new FormatException("The 'PROTOBUF_NOSR' format does not support type " + TypeNames.of(type)
              + " (column " + column + "): an ARRAY element cannot be an ARRAY or a MAP");
        }
        setType(field.setLabel(Label.LABEL_REPEATED), message, scope, element, column);
      }
      case MAP -> {
        if (!TypeNames.of(type.getKeyType()).equals("STRING")) {
          throw new FormatException("The 'PROTOBUF_NOSR' format supports only MAPs with STRING keys, not "
              + TypeNames.of(type) + " (column " + column + ")");
        }
        String entryName = nextName() + "Entry";
        DescriptorProto.Builder entry = DescriptorProto.newBuilder().setName(entryName);
        addField(entry, scope + "." + entryName, "key", 1, type.getKeyType(), column, false);
        addField(entry, scope + "." + entryName, "value", 2, type.getValueType(), column, false);
        message.addNestedType(entry);
        field.setLabel(Label.LABEL_REPEATED).setType(Type.TYPE_MESSAGE).setTypeName(scope + "." + entryName);
      }
      default -> {
        setType(field, message, scope, type, column);
        if (optional) {
          // proto3 optional: presence is tracked through a synthetic oneof of its own.
          field.setProto3Optional(true).setOneofIndex(message.getOneofDeclCount());
          message.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + name));
        }
      }
    }
    message.addField(field);
  }

  private void setType(FieldDescriptorProto.Builder field, DescriptorProto.Builder message, String scope,
      RelDataType type, String column) {
    switch (type.getSqlTypeName()) {
      case ROW -> {
        String name = nextName();
        message.addNestedType(message(name, scope, type.getFieldList(), column));
        field.setType(Type.TYPE_MESSAGE).setTypeName(scope + "." + name);
      }
      case DECIMAL -> messageType(field, WellKnownTypes.DECIMAL);
      case DATE -> messageType(field, WellKnownTypes.DATE);
      case TIME -> messageType(field, WellKnownTypes.TIME);
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> messageType(field, WellKnownTypes.TIMESTAMP);
      default -> {
        if (nulls == NullableRepresentation.WRAPPER) {
          messageType(field, WellKnownTypes.wrapper(wrapperName(type, column)));
        } else {
          field.setType(scalarType(type, column));
        }
      }
    }
  }

  private static void messageType(FieldDescriptorProto.Builder field, Descriptor type) {
    field.setType(Type.TYPE_MESSAGE).setTypeName("." + type.getFullName());
  }

  private static Type scalarType(RelDataType type, String column) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> Type.TYPE_BOOL;
      case INTEGER -> Type.TYPE_INT32;
      case BIGINT -> Type.TYPE_INT64;
      case DOUBLE -> Type.TYPE_DOUBLE;
      case CHAR, VARCHAR -> Type.TYPE_STRING;
      case BINARY, VARBINARY -> Type.TYPE_BYTES;
      default -> throw unsupported(type, column);
    };
  }

  private static String wrapperName(RelDataType type, String column) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> "BoolValue";
      case INTEGER -> "Int32Value";
      case BIGINT -> "Int64Value";
      case DOUBLE -> "DoubleValue";
      case CHAR, VARCHAR -> "StringValue";
      case BINARY, VARBINARY -> "BytesValue";
      default -> throw unsupported(type, column);
    };
  }

  private static FormatException unsupported(RelDataType type, String column) {
    return new FormatException("The 'PROTOBUF_NOSR' format does not support type " + TypeNames.of(type)
        + " (column " + column + ")");
  }

  /**
   * Protobuf field names for column names: protobuf allows only {@code [A-Za-z_][A-Za-z0-9_]*},
   * while a quoted column may hold anything, so other characters become {@code _} and a clash gets
   * a numeric suffix. The names never reach the wire.
   */
  private static final class FieldNames {
    private final Set<String> used = new HashSet<>();

    String of(String column) {
      String name = column.replaceAll("[^A-Za-z0-9_]", "_");
      if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
        name = "f_" + name;
      }
      String unique = name;
      for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
        unique = name + "_" + n;
      }
      return unique;
    }
  }
}
