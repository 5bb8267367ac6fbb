package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;

/** {@code WHENRESULT}: a CASE result that fails if evaluated when its branch was not taken. */
@UdfDescription(name = "WhenResult", description = "Tests that CASE results run lazily.")
public class WhenResult {

  @Udf
  public int evaluate(int result, boolean mayRun) {
    if (!mayRun) {
      throw new IllegalStateException("a CASE result ran for a branch that was not taken");
    }
    return result;
  }
}
