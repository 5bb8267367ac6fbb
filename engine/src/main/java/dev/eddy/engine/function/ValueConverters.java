package dev.eddy.engine.function;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlMap;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Builds the {@link ValueConverter}s of complex values, recursively by type. A type whose
 * internal and Java forms coincide (numbers, strings, decimals, and collections of those) needs
 * none, so ARRAY&lt;STRING&gt; goes to a function without being copied; ARRAY&lt;DATE&gt; or a
 * STRUCT is copied element by element.
 */
final class ValueConverters {

  private ValueConverters() {}

  /** Internal (row) form to the UDF API's form; empty if the value can be passed as is. */
  static Optional<ValueConverter> toJava(SqlType type) {
    return switch (type.baseType()) {
      case DATE -> Optional.of(v -> JavaValues.toDate((Integer) v));
      case TIME -> Optional.of(v -> JavaValues.toTime((Integer) v));
      case TIMESTAMP -> Optional.of(v -> JavaValues.toTimestamp((Long) v));
      case BYTES -> Optional.of(v -> JavaValues.toByteBuffer((ByteString) v));
      case ARRAY -> toJava(((SqlArray) type).elementType()).map(ValueConverters::list);
      case MAP -> map(toJava(((SqlMap) type).keyType()), toJava(((SqlMap) type).valueType()));
      case STRUCT -> Optional.of(toStruct((SqlStruct) type));
      default -> Optional.empty();
    };
  }

  /** The UDF API's form to the internal (row) form; empty if the value can be kept as is. */
  static Optional<ValueConverter> fromJava(SqlType type) {
    return switch (type.baseType()) {
      case DATE -> Optional.of(v -> JavaValues.fromDate((Date) v));
      case TIME -> Optional.of(v -> JavaValues.fromTime((Time) v));
      case TIMESTAMP -> Optional.of(v -> JavaValues.fromTimestamp((Timestamp) v));
      case BYTES -> Optional.of(v -> JavaValues.fromByteBuffer((ByteBuffer) v));
      case ARRAY -> fromJava(((SqlArray) type).elementType()).map(ValueConverters::list);
      case MAP -> map(fromJava(((SqlMap) type).keyType()), fromJava(((SqlMap) type).valueType()));
      case STRUCT -> Optional.of(fromStruct((SqlStruct) type));
      default -> Optional.empty();
    };
  }

  private static ValueConverter list(ValueConverter element) {
    return v -> {
      if (v == null) {
        return null;
      }
      List<?> in = (List<?>) v;
      List<Object> out = new ArrayList<>(in.size());
      for (Object e : in) {
        out.add(element.convert(e));
      }
      return out;
    };
  }

  private static Optional<ValueConverter> map(
      Optional<ValueConverter> key, Optional<ValueConverter> value) {
    if (key.isEmpty() && value.isEmpty()) {
      return Optional.empty();
    }
    ValueConverter k = key.orElse(v -> v);
    ValueConverter val = value.orElse(v -> v);
    return Optional.of(v -> {
      if (v == null) {
        return null;
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) v).forEach((a, b) -> out.put(k.convert(a), val.convert(b)));
      return out;
    });
  }

  private static ValueConverter toStruct(SqlStruct schema) {
    ValueConverter[] fields = fieldConverters(schema, true);
    return v -> {
      if (v == null) {
        return null;
      }
      Object[] row = (Object[]) v;
      Struct struct = new Struct(schema);
      for (int i = 0; i < fields.length; i++) {
        struct.put(i, fields[i].convert(row[i]));
      }
      return struct;
    };
  }

  private static ValueConverter fromStruct(SqlStruct schema) {
    ValueConverter[] fields = fieldConverters(schema, false);
    List<SqlStruct.Field> declared = schema.fields();
    return v -> {
      if (v == null) {
        return null;
      }
      Struct struct = (Struct) v;
      Object[] row = new Object[fields.length];
      // By name: the function may have built its struct with the fields in another order.
      for (int i = 0; i < fields.length; i++) {
        String name = declared.get(i).name();
        Object value = struct.schema().indexOf(name) < 0 ? null : struct.get(name);
        row[i] = fields[i].convert(value);
      }
      return row;
    };
  }

  private static ValueConverter[] fieldConverters(SqlStruct schema, boolean toJava) {
    List<SqlStruct.Field> fs = schema.fields();
    ValueConverter[] out = new ValueConverter[fs.size()];
    for (int i = 0; i < out.length; i++) {
      SqlType t = fs.get(i).type();
      out[i] = (toJava ? toJava(t) : fromJava(t)).orElse(v -> v);
    }
    return out;
  }
}
