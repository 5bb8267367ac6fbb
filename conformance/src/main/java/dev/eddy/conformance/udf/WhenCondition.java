package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;

/** {@code WHENCONDITION}: a CASE condition that fails if evaluated when it should not be. */
@UdfDescription(name = "WhenCondition", description = "Tests that CASE conditions run lazily.")
public class WhenCondition {

  @Udf
  public boolean evaluate(boolean result, boolean mayRun) {
    if (!mayRun) {
      throw new IllegalStateException("a CASE condition ran although an earlier one matched");
    }
    return result;
  }
}
