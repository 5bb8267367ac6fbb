package dev.eddy.engine.format.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.TypeNames;
import dev.eddy.engine.format.ValueConversionException;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * A STRUCT (an {@code Object[]} of its fields) as a message whose fields are numbered in order;
 * the record of a wrapped record part is one too. Null fields are left unset. A record names the
 * column in its errors ({@code ... for column ADDRESS.CITY}); a nested struct adds its field to the path.
 */
final class MessageCodec implements ProtobufCodec {

  private final Descriptor descriptor;
  private final String[] names;
  private final String[] typeNames;
  private final FieldCodec[] fields;
  private final boolean record;

  /** @param record whether this is a record part's top-level message, whose fields are columns */
  MessageCodec(Descriptor descriptor, List<RelDataTypeField> fields, boolean record) {
    this.descriptor = descriptor;
    this.names = fields.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.typeNames = fields.stream().map(f -> TypeNames.of(f.getType())).toArray(String[]::new);
    this.fields = new FieldCodec[fields.size()];
    for (int i = 0; i < this.fields.length; i++) {
      this.fields[i] = FieldCodec.of(descriptor.getFields().get(i), fields.get(i).getType());
    }
    this.record = record;
  }

  @Override
  public Message write(Object value) {
    Object[] struct = (Object[]) value;
    DynamicMessage.Builder message = DynamicMessage.newBuilder(descriptor);
    for (int i = 0; i < fields.length; i++) {
      if (struct[i] == null) {
        continue;
      }
      try {
        fields[i].write(message, struct[i]);
      } catch (ValueConversionException e) {
        throw located(e, i);
      } catch (ClassCastException e) {
        if (!record) {
          throw e;
        }
        throw new FormatException("Can't serialize " + struct[i].getClass().getSimpleName() + " value '" + struct[i]
            + "' as " + typeNames[i] + " for column " + names[i], e);
      }
    }
    return message.build();
  }

  @Override
  public Object[] read(Object value) {
    Message message = (Message) value;
    Object[] struct = new Object[fields.length];
    for (int i = 0; i < struct.length; i++) {
      try {
        struct[i] = fields[i].read(message);
      } catch (ValueConversionException e) {
        throw located(e, i);
      }
    }
    return struct;
  }

  private RuntimeException located(ValueConversionException e, int field) {
    return record ? e.forColumn(names[field]) : e.within("." + names[field]);
  }
}
