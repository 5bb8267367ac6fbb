package dev.eddy.engine.format;

import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;

/** ksqlDB's names for SQL types, as error messages show them: STRING, BYTES, DECIMAL(4, 2), ... */
public final class TypeNames {

  private TypeNames() {}

  public static String of(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case CHAR, VARCHAR -> "STRING";
      case BINARY, VARBINARY -> "BYTES";
      case DECIMAL -> "DECIMAL(" + type.getPrecision() + ", " + type.getScale() + ")";
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "TIMESTAMP";
      case ARRAY -> "ARRAY<" + of(type.getComponentType()) + ">";
      case MAP -> "MAP<" + of(type.getKeyType()) + ", " + of(type.getValueType()) + ">";
      case ROW -> type.getFieldList().stream()
          .map(f -> f.getName() + " " + of(f.getType()))
          .collect(Collectors.joining(", ", "STRUCT<", ">"));
      default -> type.getSqlTypeName().getName();
    };
  }
}
