package dev.eddy.functions.builtin.conditional;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;

/**
 * AS_VALUE(key): the identity function. Its only job is in the planner, which copies a key
 * column into the value when it sees it; as a function it just returns its argument.
 */
@UdfDescription(name = "AS_VALUE", category = FunctionCategory.OTHER,
    description = "Copies a row's key column into the row's value.")
public final class AsValue {
  @Udf
  public <T> T asValue(@UdfParameter("keyColumn") T keyColumn) {
    return keyColumn;
  }
}
