package dev.eddy.engine.catalog;

import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;

/** SQL types spelled as ksqlDB spells them, for DESCRIBE, result metadata and messages. */
public final class TypeNames {

  private TypeNames() {}

  public static String of(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> "BOOLEAN";
      case TINYINT, SMALLINT, INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case FLOAT, REAL, DOUBLE -> "DOUBLE";
      case DECIMAL -> "DECIMAL(" + type.getPrecision() + ", " + type.getScale() + ")";
      case CHAR, VARCHAR -> "STRING";
      case BINARY, VARBINARY -> "BYTES";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "TIMESTAMP";
      case ARRAY, MULTISET -> "ARRAY<" + of(type.getComponentType()) + ">";
      case MAP -> "MAP<" + of(type.getKeyType()) + ", " + of(type.getValueType()) + ">";
      case ROW -> type.getFieldList().stream()
          .map(f -> f.getName() + " " + of(f.getType()))
          .collect(Collectors.joining(", ", "STRUCT<", ">"));
      case NULL -> "NULL";
      default -> type.getSqlTypeName().getName();
    };
  }
}
