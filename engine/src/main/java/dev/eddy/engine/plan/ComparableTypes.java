package dev.eddy.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Which types ksqlDB compares, and with which operators: numbers with numbers, strings with
 * strings and with dates and times (the string is read as one), and booleans, arrays, maps and
 * structs with their own kind for equality only. Calcite would coerce much more (a string to a
 * number, failing on each record that does not parse), so Eddy refuses what ksqlDB refuses.
 */
final class ComparableTypes {

  private ComparableTypes() {}

  /** Whether {@code left op right} is a comparison ksqlDB allows; true when either side's type is unknown (NULL). */
  static boolean allowed(RelDataType left, SqlKind op, RelDataType right) {
    Base l = Base.of(left);
    Base r = Base.of(right);
    if (l == Base.OTHER || r == Base.OTHER) {
      return true;
    }
    return switch (l) {
      case NUMBER -> r == Base.NUMBER;
      case STRING -> r == Base.STRING || r == Base.TIME || r == Base.DATE_OR_TIMESTAMP;
      case TIME -> r == Base.TIME || r == Base.STRING;
      case DATE_OR_TIMESTAMP -> r == Base.DATE_OR_TIMESTAMP || r == Base.STRING;
      case BYTES -> r == Base.BYTES;
      case BOOLEAN, ARRAY, MAP, STRUCT -> r == l && isEquality(op);
      case OTHER -> true;
    };
  }

  private static boolean isEquality(SqlKind op) {
    return op == SqlKind.EQUALS || op == SqlKind.NOT_EQUALS || op == SqlKind.IS_DISTINCT_FROM
        || op == SqlKind.IS_NOT_DISTINCT_FROM || op == SqlKind.IN || op == SqlKind.NOT_IN;
  }

  /** ksqlDB's base types, as far as comparisons tell them apart. */
  private enum Base {
    NUMBER, STRING, BOOLEAN, ARRAY, MAP, STRUCT, TIME, DATE_OR_TIMESTAMP, BYTES, OTHER;

    static Base of(RelDataType type) {
      SqlTypeName name = type.getSqlTypeName();
      if (SqlTypeUtil.isNumeric(type)) {
        return NUMBER;
      }
      return switch (name) {
        case CHAR, VARCHAR -> STRING;
        case BOOLEAN -> BOOLEAN;
        case ARRAY -> ARRAY;
        case MAP -> MAP;
        case ROW -> STRUCT;
        case TIME -> TIME;
        case DATE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> DATE_OR_TIMESTAMP;
        case BINARY, VARBINARY -> BYTES;
        default -> OTHER;
      };
    }
  }
}
