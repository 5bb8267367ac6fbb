package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;

/** {@code MID_VAR_ARG(n, strings..., a, b)}: a variadic column followed by literals. */
@UdafDescription(name = "MID_VAR_ARG", description = "VAR_ARG plus two INTEGER literals.")
public final class MiddleVarArgUdaf {

  private MiddleVarArgUdaf() {}

  @UdafFactory
  public static Udaf<Pair<Long, VariadicArgs<String>>, Long, Long> create(int first, int second) {
    return new VarArgUdaf.LengthSum((long) first + second);
  }
}
