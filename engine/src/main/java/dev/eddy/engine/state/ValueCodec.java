package dev.eddy.engine.state;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;

/**
 * A self-describing binary encoding of the values state holds: keys and rows in the engine's
 * internal form, and aggregates in the UDF API's form. Each value starts with a one-byte tag,
 * so decoding needs no schema and a value restored from a changelog has the exact Java class
 * it was written with (an {@code Integer} stays an {@code Integer}, a {@code java.sql.Date} a
 * date), which the code that reads state relies on.
 *
 * <p>Layout per tag: numbers big-endian fixed width; strings, byte arrays and big integers a
 * 4-byte length then the bytes; a decimal its scale then its unscaled value; lists, maps and
 * object arrays a 4-byte count then their elements; a struct its schema as SQL type text, then
 * its fields; a {@link RowKey} as an object array; a {@link WindowKey} its key, start and end.
 * The tags are part of every changelog written: append new ones, never renumber.
 */
public final class ValueCodec {

  private static final byte NULL = 0;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;
  private static final byte INT = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte FLOAT = 6;
  private static final byte DECIMAL = 7;
  private static final byte STRING = 8;
  private static final byte BYTE_STRING = 9;
  private static final byte BYTE_BUFFER = 10;
  private static final byte BYTES = 11;
  private static final byte LIST = 12;
  private static final byte MAP = 13;
  private static final byte ARRAY = 14;
  private static final byte STRUCT = 15;
  private static final byte DATE = 16;
  private static final byte TIME = 17;
  private static final byte TIMESTAMP = 18;
  private static final byte ROW_KEY = 19;
  private static final byte WINDOW_KEY = 20;
  private static final byte SHORT = 21;
  private static final byte BYTE = 22;

  private ValueCodec() {}

  public static byte[] encode(Object value) {
    EncodeBuffer out = EncodeBuffer.forThread();
    write(out, value);
    return out.toByteArray();
  }

  public static Object decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return read(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("Corrupt state value: " + e.getMessage(), e);
    }
  }

  private static void write(EncodeBuffer out, Object value) {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (value instanceof Integer i) {
      out.writeByte(INT);
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof BigDecimal d) {
      out.writeByte(DECIMAL);
      out.writeInt(d.scale());
      writeBytes(out, d.unscaledValue().toByteArray());
    } else if (value instanceof Object[] array) {
      out.writeByte(ARRAY);
      writeElements(out, array);
    } else if (value instanceof RowKey key) {
      out.writeByte(ROW_KEY);
      writeElements(out, key.values());
    } else if (value instanceof WindowKey key) {
      out.writeByte(WINDOW_KEY);
      writeElements(out, key.key().values());
      out.writeLong(key.start());
      out.writeLong(key.end());
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object element : list) {
        write(out, element);
      }
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(out, entry.getKey());
        write(out, entry.getValue());
      }
    } else if (value instanceof Struct struct) {
      out.writeByte(STRUCT);
      writeBytes(out, struct.schema().toString().getBytes(StandardCharsets.UTF_8));
      int fields = struct.schema().fields().size();
      for (int i = 0; i < fields; i++) {
        write(out, struct.get(i));
      }
    } else if (value instanceof ByteString b) {
      out.writeByte(BYTE_STRING);
      writeBytes(out, b.getBytes());
    } else if (value instanceof ByteBuffer b) {
      out.writeByte(BYTE_BUFFER);
      ByteBuffer view = b.duplicate();
      byte[] content = new byte[view.remaining()];
      view.get(content);
      writeBytes(out, content);
    } else if (value instanceof byte[] b) {
      out.writeByte(BYTES);
      writeBytes(out, b);
    } else if (value instanceof java.sql.Timestamp t) {
      out.writeByte(TIMESTAMP);
      out.writeLong(t.getTime());
      out.writeInt(t.getNanos());
    } else if (value instanceof java.sql.Date d) {
      out.writeByte(DATE);
      out.writeLong(d.getTime());
    } else if (value instanceof java.sql.Time t) {
      out.writeByte(TIME);
      out.writeLong(t.getTime());
    } else if (value instanceof Float f) {
      out.writeByte(FLOAT);
      out.writeFloat(f);
    } else if (value instanceof Short s) {
      out.writeByte(SHORT);
      out.writeShort(s);
    } else if (value instanceof Byte b) {
      out.writeByte(BYTE);
      out.writeByte(b);
    } else {
      throw new IllegalArgumentException("State cannot hold a " + value.getClass().getName() + ": " + value);
    }
  }

  private static void writeElements(EncodeBuffer out, Object[] elements) {
    out.writeInt(elements.length);
    for (Object element : elements) {
      write(out, element);
    }
  }

  private static void writeBytes(EncodeBuffer out, byte[] bytes) {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static Object read(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case FALSE -> Boolean.FALSE;
      case TRUE -> Boolean.TRUE;
      case INT -> in.readInt();
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case FLOAT -> in.readFloat();
      case SHORT -> in.readShort();
      case BYTE -> in.readByte();
      case STRING -> new String(readBytes(in), StandardCharsets.UTF_8);
      case DECIMAL -> {
        int scale = in.readInt();
        yield new BigDecimal(new BigInteger(readBytes(in)), scale);
      }
      case ARRAY -> readElements(in);
      case ROW_KEY -> RowKey.of(readElements(in));
      case WINDOW_KEY -> new WindowKey(RowKey.of(readElements(in)), in.readLong(), in.readLong());
      case LIST -> {
        int size = in.readInt();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(in));
        }
        yield list;
      }
      case MAP -> {
        int size = in.readInt();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(read(in), read(in));
        }
        yield map;
      }
      case STRUCT -> {
        SqlStruct schema = (SqlStruct) SqlTypes.parse(new String(readBytes(in), StandardCharsets.UTF_8));
        Struct struct = new Struct(schema);
        for (int i = 0; i < schema.fields().size(); i++) {
          struct.put(i, read(in));
        }
        yield struct;
      }
      case BYTE_STRING -> new ByteString(readBytes(in));
      case BYTE_BUFFER -> ByteBuffer.wrap(readBytes(in));
      case BYTES -> readBytes(in);
      case TIMESTAMP -> {
        java.sql.Timestamp t = new java.sql.Timestamp(in.readLong());
        t.setNanos(in.readInt());
        yield t;
      }
      case DATE -> new java.sql.Date(in.readLong());
      case TIME -> new java.sql.Time(in.readLong());
      default -> throw new IOException("unknown tag " + tag);
    };
  }

  private static Object[] readElements(DataInputStream in) throws IOException {
    int size = in.readInt();
    Object[] elements = new Object[size];
    for (int i = 0; i < size; i++) {
      elements[i] = read(in);
    }
    return elements;
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
