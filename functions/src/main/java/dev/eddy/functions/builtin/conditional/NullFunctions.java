package dev.eddy.functions.builtin.conditional;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.util.Objects;

/**
 * NULL handling. All generic in one type T; numeric arguments of different types widen to their
 * common type (COALESCE(int_col, 2.5) is a DOUBLE).
 */
public final class NullFunctions {

  private NullFunctions() {}

  @UdfDescription(name = "COALESCE", category = FunctionCategory.CONDITIONAL,
      description = "The first non-NULL argument.")
  public static final class Coalesce {
    @Udf
    @SafeVarargs
    public final <T> T coalesce(@UdfParameter("first") T first, @UdfParameter("others") T... others) {
      if (first != null) {
        return first;
      }
      for (T o : others) {
        if (o != null) {
          return o;
        }
      }
      return null;
    }
  }

  @UdfDescription(name = "IFNULL", category = FunctionCategory.CONDITIONAL,
      description = "The expression, or the alternative if the expression is NULL.")
  public static final class IfNull {
    @Udf
    public <T> T ifNull(@UdfParameter("expression") T expression,
        @UdfParameter("altValue") T altValue) {
      return expression == null ? altValue : expression;
    }
  }

  @UdfDescription(name = "NULLIF", category = FunctionCategory.CONDITIONAL,
      description = "NULL if both arguments are equal, otherwise the first.")
  public static final class NullIf {
    @Udf
    public <T> T nullIf(@UdfParameter("expression1") T expression1,
        @UdfParameter("expression2") T expression2) {
      return Objects.equals(expression1, expression2) ? null : expression1;
    }
  }
}
