package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Triple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;
import java.util.ArrayList;
import java.util.List;

/** {@code GENERIC_VAR_ARG(a, b, cs...)}: generic columns, the last variadic. */
@UdafDescription(name = "GENERIC_VAR_ARG", description = "The first column of every row whose"
    + " columns are all non-NULL.")
public final class GenericVarArgUdaf {

  private GenericVarArgUdaf() {}

  @UdafFactory
  public static <A, B, C> Udaf<Triple<A, B, VariadicArgs<C>>, List<A>, List<A>> create() {
    return new NonNullRows<>(row -> {
      List<Object> values = new ArrayList<>();
      values.add(row.first());
      values.add(row.second());
      values.addAll(row.third());
      return values;
    });
  }
}
