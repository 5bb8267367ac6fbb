package dev.eddy.engine.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Turns rows from Calcite's internal values into the values clients get (see
 * {@link dev.eddy.engine.RowCursor}). The conversion for a row type is worked out once.
 */
public final class ExternalValues {

  private final List<Function<Object, Object>> columns;

  private ExternalValues(List<Function<Object, Object>> columns) {
    this.columns = columns;
  }

  public static ExternalValues of(RelDataType rowType) {
    return new ExternalValues(rowType.getFieldList().stream().map(f -> converter(f.getType())).toList());
  }

  /** An internal row as external values, one per column of the row type. */
  public List<Object> convert(Object[] row) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      Object value = row[i];
      values[i] = value == null ? null : columns.get(i).apply(value);
    }
    return Arrays.asList(values);
  }

  private static Function<Object, Object> converter(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case DATE -> v -> LocalDate.ofEpochDay((Integer) v);
      case TIME -> v -> LocalTime.ofNanoOfDay(((Integer) v) * 1_000_000L);
      case TIMESTAMP -> v -> LocalDateTime.ofEpochSecond(Math.floorDiv((Long) v, 1000L),
          (int) Math.floorMod((Long) v, 1000L) * 1_000_000, ZoneOffset.UTC);
      case BINARY, VARBINARY -> v -> ((ByteString) v).getBytes();
      case ARRAY -> {
        Function<Object, Object> element = nullSafe(converter(type.getComponentType()));
        yield v -> {
          List<Object> out = new ArrayList<>();
          ((List<?>) v).forEach(e -> out.add(element.apply(e)));
          return out;
        };
      }
      case MAP -> {
        Function<Object, Object> key = nullSafe(converter(type.getKeyType()));
        Function<Object, Object> value = nullSafe(converter(type.getValueType()));
        yield v -> {
          Map<Object, Object> out = new LinkedHashMap<>();
          ((Map<?, ?>) v).forEach((k, x) -> out.put(key.apply(k), value.apply(x)));
          return out;
        };
      }
      case ROW -> {
        List<RelDataTypeField> fields = type.getFieldList();
        List<Function<Object, Object>> converters = fields.stream().map(f -> nullSafe(converter(f.getType()))).toList();
        yield v -> {
          Object[] struct = (Object[]) v;
          Map<String, Object> out = new LinkedHashMap<>();
          for (int i = 0; i < fields.size(); i++) {
            out.put(fields.get(i).getName(), converters.get(i).apply(struct[i]));
          }
          return out;
        };
      }
      default -> Function.identity();
    };
  }

  private static Function<Object, Object> nullSafe(Function<Object, Object> converter) {
    return v -> v == null ? null : converter.apply(v);
  }
}
