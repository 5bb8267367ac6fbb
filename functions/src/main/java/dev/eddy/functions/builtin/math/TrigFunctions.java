package dev.eddy.functions.builtin.math;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;

/** Trigonometric and hyperbolic functions, in radians. NULL in, NULL out. */
public final class TrigFunctions {

  private TrigFunctions() {}

  @UdfDescription(name = "SIN", category = FunctionCategory.MATHEMATICAL, description = "Sine.")
  public static final class Sin {
    @Udf
    public Double sin(@UdfParameter("value") Double v) {
      return v == null ? null : Math.sin(v);
    }
  }

  @UdfDescription(name = "COS", category = FunctionCategory.MATHEMATICAL, description = "Cosine.")
  public static final class Cos {
    @Udf
    public Double cos(@UdfParameter("value") Double v) {
      return v == null ? null : Math.cos(v);
    }
  }

  @UdfDescription(name = "TAN", category = FunctionCategory.MATHEMATICAL, description = "Tangent.")
  public static final class Tan {
    @Udf
    public Double tan(@UdfParameter("value") Double v) {
      return v == null ? null : Math.tan(v);
    }
  }

  @UdfDescription(name = "COT", category = FunctionCategory.MATHEMATICAL,
      description = "Cotangent; infinite with the sign of the input at 0.")
  public static final class Cot {
    @Udf
    public Double cot(@UdfParameter("value") Double v) {
      return v == null ? null : 1.0 / Math.tan(v);
    }
  }

  @UdfDescription(name = "ASIN", category = FunctionCategory.MATHEMATICAL,
      description = "Inverse sine; NaN outside [-1, 1].")
  public static final class Asin {
    @Udf
    public Double asin(@UdfParameter("value") Double v) {
      return v == null ? null : Math.asin(v);
    }
  }

  @UdfDescription(name = "ACOS", category = FunctionCategory.MATHEMATICAL,
      description = "Inverse cosine; NaN outside [-1, 1].")
  public static final class Acos {
    @Udf
    public Double acos(@UdfParameter("value") Double v) {
      return v == null ? null : Math.acos(v);
    }
  }

  @UdfDescription(name = "ATAN", category = FunctionCategory.MATHEMATICAL,
      description = "Inverse tangent.")
  public static final class Atan {
    @Udf
    public Double atan(@UdfParameter("value") Double v) {
      return v == null ? null : Math.atan(v);
    }
  }

  @UdfDescription(name = "ATAN2", category = FunctionCategory.MATHEMATICAL,
      description = "The angle theta of the point (x, y) in polar coordinates.")
  public static final class Atan2 {
    @Udf
    public Double atan2(@UdfParameter("y") Double y, @UdfParameter("x") Double x) {
      return y == null || x == null ? null : Math.atan2(y, x);
    }
  }

  @UdfDescription(name = "SINH", category = FunctionCategory.MATHEMATICAL,
      description = "Hyperbolic sine.")
  public static final class Sinh {
    @Udf
    public Double sinh(@UdfParameter("value") Double v) {
      return v == null ? null : Math.sinh(v);
    }
  }

  @UdfDescription(name = "COSH", category = FunctionCategory.MATHEMATICAL,
      description = "Hyperbolic cosine.")
  public static final class Cosh {
    @Udf
    public Double cosh(@UdfParameter("value") Double v) {
      return v == null ? null : Math.cosh(v);
    }
  }

  @UdfDescription(name = "TANH", category = FunctionCategory.MATHEMATICAL,
      description = "Hyperbolic tangent.")
  public static final class Tanh {
    @Udf
    public Double tanh(@UdfParameter("value") Double v) {
      return v == null ? null : Math.tanh(v);
    }
  }
}
