package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;
import java.util.ArrayList;
import java.util.List;

/** {@code OBJ_COL_ARG(i, anything...)}: a variadic column of any types, each its own. */
@UdafDescription(name = "OBJ_COL_ARG", description = "The INTEGER column of every row whose"
    + " columns are all non-NULL.")
public final class ObjectVarArgUdaf {

  private ObjectVarArgUdaf() {}

  @UdafFactory
  public static Udaf<Pair<Integer, VariadicArgs<Object>>, List<Integer>, List<Integer>> create() {
    return new NonNullRows<>(row -> {
      List<Object> values = new ArrayList<>();
      values.add(row.left());
      values.addAll(row.right());
      return values;
    });
  }
}
