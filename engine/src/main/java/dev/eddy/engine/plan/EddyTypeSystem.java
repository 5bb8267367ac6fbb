package dev.eddy.engine.plan;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with ksqlDB's time precision: TIME and TIMESTAMP carry milliseconds.
 * Calcite's default precision for them is 0, which would cut the milliseconds off every
 * {@code TIMESTAMP '... .123'} stored in a TIMESTAMP column. String literals of different
 * lengths meet as VARCHAR.
 */
public final class EddyTypeSystem extends RelDataTypeSystemImpl {

  public static final EddyTypeSystem INSTANCE = new EddyTypeSystem();

  private static final int MILLISECONDS = 3;

  private EddyTypeSystem() {}

  @Override public int getDefaultPrecision(SqlTypeName typeName) {
    return switch (typeName) {
      case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> MILLISECONDS;
      default -> super.getDefaultPrecision(typeName);
    };
  }

  // ksqlDB has no CHAR: ARRAY['apple', 'pear'] or a CASE of two literals must not pad the
  // shorter string with spaces, as the least restrictive CHAR(5) would.
  @Override public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
