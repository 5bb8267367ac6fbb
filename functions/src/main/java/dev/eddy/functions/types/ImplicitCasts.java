package dev.eddy.functions.types;

/**
 * ksqlDB's implicit widening of function arguments: INTEGER → BIGINT → DECIMAL → DOUBLE, and a
 * decimal to any decimal that holds all its values. Nothing else converts implicitly; complex
 * types must match exactly (only their generic parts are bound).
 */
public final class ImplicitCasts {

  /** Returned by {@link #cost} when no implicit cast exists. */
  public static final int IMPOSSIBLE = -1;

  private ImplicitCasts() {}

  /** True if a value of type {@code from} can be passed where {@code to} is expected. */
  public static boolean canCast(SqlType from, SqlType to) {
    return cost(from, to) != IMPOSSIBLE;
  }

  /**
   * How far {@code from} must widen to become {@code to}: 0 if it already is one, a small positive
   * number per widening step, {@link #IMPOSSIBLE} if it cannot. Overload resolution prefers the
   * cheapest candidate, so {@code ABS(INT)} picks {@code ABS(INTEGER)} over {@code ABS(DOUBLE)}.
   * {@code to} may be open: {@link SqlDecimal#ANY}, {@link SqlStruct#ANY} or a type variable.
   */
  public static int cost(SqlType from, SqlType to) {
    if (from == null || to instanceof SqlTypeVariable || from.equals(to)) {
      return 0;
    }
    if (to instanceof SqlStruct s && s.isAny()) {
      return from instanceof SqlStruct ? 0 : IMPOSSIBLE;
    }
    if (to instanceof SqlLambda || from instanceof SqlLambda) {
      return from instanceof SqlLambda && to instanceof SqlLambda ? 0 : IMPOSSIBLE;
    }
    if (to instanceof SqlArray ta) {
      return from instanceof SqlArray fa && isGenericMatch(fa.elementType(), ta.elementType())
          ? 0 : IMPOSSIBLE;
    }
    if (to instanceof SqlMap tm) {
      return from instanceof SqlMap fm
          && isGenericMatch(fm.keyType(), tm.keyType())
          && isGenericMatch(fm.valueType(), tm.valueType()) ? 0 : IMPOSSIBLE;
    }
    SqlBaseType f = from.baseType();
    SqlBaseType t = to.baseType();
    switch (f) {
      case INTEGER:
        switch (t) {
          case BIGINT: return 1;
          case DECIMAL: return decimalFits(SqlTypes.INTEGER_AS_DECIMAL, (SqlDecimal) to) ? 2 : IMPOSSIBLE;
          case DOUBLE: return 3;
          default: return IMPOSSIBLE;
        }
      case BIGINT:
        switch (t) {
          case DECIMAL: return decimalFits(SqlTypes.BIGINT_AS_DECIMAL, (SqlDecimal) to) ? 1 : IMPOSSIBLE;
          case DOUBLE: return 2;
          default: return IMPOSSIBLE;
        }
      case DECIMAL:
        switch (t) {
          case DECIMAL:
            if (!to.isConcrete()) {
              return 0;
            }
            return decimalFits((SqlDecimal) from, (SqlDecimal) to) ? 1 : IMPOSSIBLE;
          case DOUBLE: return 1;
          default: return IMPOSSIBLE;
        }
      default:
        return IMPOSSIBLE;
    }
  }

  /**
   * The narrowest type both types widen to (for GREATEST, COALESCE and friends), or null.
   * DECIMAL(p1, s1) with DECIMAL(p2, s2) gives the decimal with max(s) scale and room for
   * max(p - s) integer digits.
   */
  public static SqlType commonSuperType(SqlType a, SqlType b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.equals(b)) {
      return a;
    }
    if (a instanceof SqlDecimal da && b instanceof SqlDecimal db && da.isConcrete() && db.isConcrete()) {
      int scale = Math.max(da.scale(), db.scale());
      int integer = Math.max(da.integerDigits(), db.integerDigits());
      return new SqlDecimal(Math.min(SqlDecimal.MAX_PRECISION, integer + scale), scale);
    }
    if (a.baseType().isNumber() && b.baseType().isNumber()) {
      if (a.baseType() == SqlBaseType.DOUBLE || b.baseType() == SqlBaseType.DOUBLE) {
        return SqlTypes.DOUBLE;
      }
      if (a.baseType() == SqlBaseType.DECIMAL || b.baseType() == SqlBaseType.DECIMAL) {
        return commonSuperType(SqlTypes.toDecimal(a), SqlTypes.toDecimal(b));
      }
      return SqlTypes.BIGINT;
    }
    return null;
  }

  private static boolean isGenericMatch(SqlType from, SqlType to) {
    // Elements of collections are not widened (that would copy the collection per row), but an
    // open element type still matches.
    return cost(from, to) == 0;
  }

  private static boolean decimalFits(SqlDecimal from, SqlDecimal to) {
    if (!to.isConcrete()) {
      return true;
    }
    return to.scale() >= from.scale() && to.integerDigits() >= from.integerDigits();
  }
}
