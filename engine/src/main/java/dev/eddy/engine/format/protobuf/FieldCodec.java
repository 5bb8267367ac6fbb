package dev.eddy.engine.format.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import dev.eddy.engine.format.ValueConversionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Reads and writes one field of a message: a singular value, an ARRAY as a repeated field, or a
 * MAP as repeated entry messages. Reading follows ProtobufData: a field without presence (a plain
 * proto3 scalar) reads as its default when absent, one with presence (a message, a proto3
 * {@code optional}) as null, and a repeated field as a list or map, empty when absent — so a null
 * ARRAY or MAP reads back empty.
 */
abstract class FieldCodec {

  protected final FieldDescriptor field;

  private FieldCodec(FieldDescriptor field) {
    this.field = field;
  }

  static FieldCodec of(FieldDescriptor field, RelDataType type) {
    if (!field.isRepeated()) {
      return new Singular(field, ProtobufCodecs.forField(field, type));
    }
    return switch (type.getSqlTypeName()) {
      case MAP -> new Entries(field, type);
      default -> new Repeated(field, ProtobufCodecs.forField(field, type.getComponentType()));
    };
  }

  /** Sets the field from a non-null internal value. */
  abstract void write(DynamicMessage.Builder message, Object value);

  /** The field's internal value, or null. */
  abstract Object read(Message message);

  private static final class Singular extends FieldCodec {
    private final ProtobufCodec codec;

    Singular(FieldDescriptor field, ProtobufCodec codec) {
      super(field);
      this.codec = codec;
    }

    @Override
    void write(DynamicMessage.Builder message, Object value) {
      message.setField(field, codec.write(value));
    }

    @Override
    Object read(Message message) {
      if (field.hasPresence() && !message.hasField(field)) {
        return null;
      }
      return codec.read(message.getField(field));
    }
  }

  private static final class Repeated extends FieldCodec {
    private final ProtobufCodec elements;

    Repeated(FieldDescriptor field, ProtobufCodec elements) {
      super(field);
      this.elements = elements;
    }

    @Override
    void write(DynamicMessage.Builder message, Object value) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          // A repeated field has no way to hold a missing element (ProtobufData fails here too).
          throw new ValueConversionException("Can't write a null ARRAY element in PROTOBUF_NOSR").within("[" + i + "]");
        }
        try {
          message.addRepeatedField(field, elements.write(list.get(i)));
        } catch (ValueConversionException e) {
          throw e.within("[" + i + "]");
        }
      }
    }

    @Override
    Object read(Message message) {
      int count = message.getRepeatedFieldCount(field);
      List<Object> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        try {
          list.add(elements.read(message.getRepeatedField(field, i)));
        } catch (ValueConversionException e) {
          throw e.within("[" + i + "]");
        }
      }
      return list;
    }
  }

  private static final class Entries extends FieldCodec {
    private final Descriptor entry;
    private final FieldCodec key;
    private final FieldCodec value;

    Entries(FieldDescriptor field, RelDataType type) {
      super(field);
      this.entry = field.getMessageType();
      this.key = FieldCodec.of(entry.findFieldByNumber(1), type.getKeyType());
      this.value = FieldCodec.of(entry.findFieldByNumber(2), type.getValueType());
    }

    @Override
    void write(DynamicMessage.Builder message, Object map) {
      for (Map.Entry<?, ?> pair : ((Map<?, ?>) map).entrySet()) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(entry);
        try {
          if (pair.getKey() != null) {
            key.write(builder, pair.getKey());
          }
          if (pair.getValue() != null) {
            value.write(builder, pair.getValue());
          }
        } catch (ValueConversionException e) {
          throw e.within("['" + pair.getKey() + "']");
        }
        message.addRepeatedField(field, builder.build());
      }
    }

    @Override
    Object read(Message message) {
      int count = message.getRepeatedFieldCount(field);
      Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, count * 2));
      for (int i = 0; i < count; i++) {
        Message pair = (Message) message.getRepeatedField(field, i);
        Object k = key.read(pair);
        try {
          map.put(k, value.read(pair));
        } catch (ValueConversionException e) {
          throw e.within("['" + k + "']");
        }
      }
      return map;
    }
  }
}
