package dev.eddy.functions.builtin.math;

import dev.eddy.functions.types.ReturnTypeResolver;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlType;
import java.util.List;

/** Return types of decimal math, computed from the first argument's precision and scale. */
public final class DecimalResults {

  private DecimalResults() {}

  /** The result has the type of the first argument (ABS, CEIL, ROUND(d, scale)). */
  public static final class SameAsFirst implements ReturnTypeResolver {
    @Override
    public SqlType resolve(List<SqlType> args) {
      return args.get(0);
    }
  }

  /**
   * Rounding to an integer drops the scale: DECIMAL(p, s) becomes DECIMAL(p - s, 0), as ksqlDB
   * types ROUND(d) and TRUNC(d) (at least one digit).
   */
  public static final class IntegralPart implements ReturnTypeResolver {
    @Override
    public SqlType resolve(List<SqlType> args) {
      SqlDecimal d = (SqlDecimal) args.get(0);
      return new SqlDecimal(Math.max(1, d.precision() - d.scale()), 0);
    }
  }
}
