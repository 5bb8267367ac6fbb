package dev.eddy.functions.builtin.math;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Arithmetic functions. Integer, BIGINT and DECIMAL overloads keep their type where ksqlDB does;
 * transcendental functions take DOUBLE (integers widen implicitly). NULL in, NULL out.
 */
public final class MathFunctions {

  private MathFunctions() {}

  @UdfDescription(name = "ABS", category = FunctionCategory.MATHEMATICAL,
      description = "The absolute value of a number.")
  public static final class Abs {
    @Udf
    public Integer abs(@UdfParameter("val") Integer val) {
      return val == null ? null : Math.abs(val);
    }

    @Udf
    public Long abs(@UdfParameter("val") Long val) {
      return val == null ? null : Math.abs(val);
    }

    @Udf
    public Double abs(@UdfParameter("val") Double val) {
      return val == null ? null : Math.abs(val);
    }

    @Udf(returnType = DecimalResults.SameAsFirst.class)
    public BigDecimal abs(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : val.abs();
    }
  }

  @UdfDescription(name = "CEIL", category = FunctionCategory.MATHEMATICAL,
      description = "The smallest integral value not less than a number.")
  public static final class Ceil {
    @Udf
    public Integer ceil(@UdfParameter("val") Integer val) {
      return val;
    }

    @Udf
    public Long ceil(@UdfParameter("val") Long val) {
      return val;
    }

    @Udf
    public Double ceil(@UdfParameter("val") Double val) {
      return val == null ? null : Math.ceil(val);
    }

    @Udf(returnType = DecimalResults.SameAsFirst.class)
    public BigDecimal ceil(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : val.setScale(0, RoundingMode.CEILING).setScale(val.scale());
    }
  }

  @UdfDescription(name = "FLOOR", category = FunctionCategory.MATHEMATICAL,
      description = "The largest integral value not greater than a number.")
  public static final class Floor {
    @Udf
    public Integer floor(@UdfParameter("val") Integer val) {
      return val;
    }

    @Udf
    public Long floor(@UdfParameter("val") Long val) {
      return val;
    }

    @Udf
    public Double floor(@UdfParameter("val") Double val) {
      return val == null ? null : Math.floor(val);
    }

    @Udf(returnType = DecimalResults.SameAsFirst.class)
    public BigDecimal floor(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : val.setScale(0, RoundingMode.FLOOR).setScale(val.scale());
    }
  }

  @UdfDescription(name = "ROUND", category = FunctionCategory.MATHEMATICAL,
      description = "Rounds to a number of decimal places (0 by default; negative rounds left of"
          + " the point). Halves round up, towards positive infinity.")
  public static final class Round {
    @Udf
    public Integer round(@UdfParameter("val") Integer val) {
      return val;
    }

    @Udf
    public Long round(@UdfParameter("val") Long val) {
      return val;
    }

    @Udf(description = "Rounds a DOUBLE to a BIGINT.")
    public Long round(@UdfParameter("val") Double val) {
      return val == null ? null : Math.round(val);
    }

    @Udf
    public Double round(@UdfParameter("val") Double val, @UdfParameter("decimalPlaces") Integer places) {
      if (val == null || places == null) {
        return null;
      }
      if (val.isNaN() || val.isInfinite()) {
        return val;
      }
      return roundHalfUp(new BigDecimal(Double.toString(val)), places).doubleValue();
    }

    @Udf(returnType = DecimalResults.IntegralPart.class)
    public BigDecimal round(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : roundHalfUp(val, 0).setScale(0, RoundingMode.UNNECESSARY);
    }

    @Udf(returnType = DecimalResults.SameAsFirst.class)
    public BigDecimal round(@UdfParameter("val") BigDecimal val,
        @UdfParameter("decimalPlaces") Integer places) {
      return val == null || places == null ? null : roundHalfUp(val, places).setScale(val.scale(), RoundingMode.UNNECESSARY);
    }

    /** Half up towards positive infinity: 1.5 → 2, -1.5 → -1, as Math.round. */
    private static BigDecimal roundHalfUp(BigDecimal v, int places) {
      RoundingMode mode = v.signum() < 0 ? RoundingMode.HALF_DOWN : RoundingMode.HALF_UP;
      return v.setScale(places, mode);
    }
  }

  @UdfDescription(name = "TRUNC", category = FunctionCategory.MATHEMATICAL,
      description = "Truncates towards zero to a number of decimal places (0 by default).")
  public static final class Trunc {
    @Udf
    public Integer trunc(@UdfParameter("val") Integer val) {
      return val;
    }

    @Udf
    public Long trunc(@UdfParameter("val") Long val) {
      return val;
    }

    @Udf(description = "Truncates a DOUBLE to a BIGINT.")
    public Long trunc(@UdfParameter("val") Double val) {
      return val == null ? null : (long) val.doubleValue();
    }

    @Udf
    public Double trunc(@UdfParameter("val") Double val, @UdfParameter("decimalPlaces") Integer places) {
      if (val == null || places == null) {
        return null;
      }
      if (val.isNaN() || val.isInfinite()) {
        return val;
      }
      return new BigDecimal(Double.toString(val)).setScale(places, RoundingMode.DOWN).doubleValue();
    }

    @Udf(returnType = DecimalResults.IntegralPart.class)
    public BigDecimal trunc(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : val.setScale(0, RoundingMode.DOWN);
    }

    @Udf(returnType = DecimalResults.SameAsFirst.class)
    public BigDecimal trunc(@UdfParameter("val") BigDecimal val,
        @UdfParameter("decimalPlaces") Integer places) {
      return val == null || places == null ? null
          : val.setScale(places, RoundingMode.DOWN).setScale(val.scale(), RoundingMode.UNNECESSARY);
    }
  }

  @UdfDescription(name = "SIGN", category = FunctionCategory.MATHEMATICAL,
      description = "The sign of a number: -1, 0 or 1.")
  public static final class Sign {
    @Udf
    public Integer sign(@UdfParameter("val") Integer val) {
      return val == null ? null : Integer.signum(val);
    }

    @Udf
    public Integer sign(@UdfParameter("val") Long val) {
      return val == null ? null : Long.signum(val);
    }

    @Udf
    public Integer sign(@UdfParameter("val") Double val) {
      return val == null ? null : (int) Math.signum(val);
    }

    @Udf
    public Integer sign(@UdfParameter("val") BigDecimal val) {
      return val == null ? null : val.signum();
    }
  }

  @UdfDescription(name = "SQRT", category = FunctionCategory.MATHEMATICAL,
      description = "The square root of a number; NaN for negative input.")
  public static final class Sqrt {
    @Udf
    public Double sqrt(@UdfParameter("val") Double val) {
      return val == null ? null : Math.sqrt(val);
    }
  }

  @UdfDescription(name = "CBRT", category = FunctionCategory.MATHEMATICAL,
      description = "The cube root of a number.")
  public static final class Cbrt {
    @Udf
    public Double cbrt(@UdfParameter("val") Double val) {
      return val == null ? null : Math.cbrt(val);
    }
  }

  @UdfDescription(name = "EXP", category = FunctionCategory.MATHEMATICAL,
      description = "e raised to the power of a number.")
  public static final class Exp {
    @Udf
    public Double exp(@UdfParameter("val") Double val) {
      return val == null ? null : Math.exp(val);
    }
  }

  @UdfDescription(name = "LN", category = FunctionCategory.MATHEMATICAL,
      description = "The natural logarithm of a number.")
  public static final class Ln {
    @Udf
    public Double ln(@UdfParameter("val") Double val) {
      return val == null ? null : Math.log(val);
    }
  }

  @UdfDescription(name = "LOG", category = FunctionCategory.MATHEMATICAL,
      description = "The natural logarithm of a value (as ksqlDB computes it, whatever its docs"
          + " say), or its logarithm in a given base; NaN for a negative value or a base that is"
          + " negative, 0 or 1.")
  public static final class Log {
    @Udf
    public Double log(@UdfParameter("value") Double value) {
      return value == null ? null : Math.log(value);
    }

    @Udf
    public Double log(@UdfParameter("base") Double base, @UdfParameter("value") Double value) {
      if (base == null || value == null) {
        return null;
      }
      if (value < 0 || base <= 0 || base == 1) {
        return Double.NaN;
      }
      return Math.log(value) / Math.log(base);
    }
  }

  @UdfDescription(name = "POWER", category = FunctionCategory.MATHEMATICAL,
      description = "A base raised to an exponent.")
  public static final class Power {
    @Udf
    public Double power(@UdfParameter("base") Double base, @UdfParameter("exponent") Double exponent) {
      return base == null || exponent == null ? null : Math.pow(base, exponent);
    }
  }

  @UdfDescription(name = "RANDOM", category = FunctionCategory.MATHEMATICAL,
      description = "A random DOUBLE in [0.0, 1.0).")
  public static final class Random {
    @Udf(deterministic = false)
    public Double random() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }

  @UdfDescription(name = "PI", category = FunctionCategory.MATHEMATICAL,
      description = "An approximation of pi.")
  public static final class Pi {
    @Udf
    public Double pi() {
      return Math.PI;
    }
  }

  @UdfDescription(name = "DEGREES", category = FunctionCategory.MATHEMATICAL,
      description = "Converts radians to degrees.")
  public static final class Degrees {
    @Udf
    public Double degrees(@UdfParameter("radians") Double value) {
      return value == null ? null : Math.toDegrees(value);
    }
  }

  @UdfDescription(name = "RADIANS", category = FunctionCategory.MATHEMATICAL,
      description = "Converts degrees to radians.")
  public static final class Radians {
    @Udf
    public Double radians(@UdfParameter("degrees") Double value) {
      return value == null ? null : Math.toRadians(value);
    }
  }
}
