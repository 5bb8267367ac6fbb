package dev.eddy.engine.plan;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with ksqlDB's limits. TIME and TIMESTAMP carry milliseconds: Calcite's
 * default precision for them is 0, which would cut the milliseconds off every
 * {@code TIMESTAMP '... .123'} stored in a TIMESTAMP column. DECIMAL reaches ksqlDB's precision
 * and scale of 38: Calcite's default of 19 would narrow a declared {@code DECIMAL(21, 19)} and
 * cap every arithmetic result that needs more digits. Strings are VARCHAR as in ksqlDB: where
 * CASE, COALESCE or an array joins string literals of different lengths, the result is VARCHAR,
 * not a CHAR that pads the shorter ones with blanks.
 */
public final class EddyTypeSystem extends RelDataTypeSystemImpl {

  public static final EddyTypeSystem INSTANCE = new EddyTypeSystem();

  private static final int MILLISECONDS = 3;

  private static final int MAX_DECIMAL_DIGITS = 38;

  private EddyTypeSystem() {}

  @Override public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }

  @Override public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxScale(typeName);
  }

  @Override public int getDefaultPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> MILLISECONDS;
      default -> super.getDefaultPrecision(typeName);
    };
  }
}
