package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;

/** {@code VAR_ARG(n, strings...)}: a variadic column last. */
@UdafDescription(name = "VAR_ARG", description = "Sums a BIGINT column and the lengths of any"
    + " number of STRING columns.")
public final class VarArgUdaf {

  private VarArgUdaf() {}

  @UdafFactory
  public static Udaf<Pair<Long, VariadicArgs<String>>, Long, Long> create() {
    return new LengthSum(0);
  }

  /** The running sum of the number and the string lengths of each row, NULLs counting 0. */
  static final class LengthSum implements Udaf<Pair<Long, VariadicArgs<String>>, Long, Long> {
    private final long offset;

    LengthSum(long offset) {
      this.offset = offset;
    }

    @Override
    public Long initialize() {
      return 0L;
    }

    @Override
    public Long aggregate(Pair<Long, VariadicArgs<String>> row, Long sum) {
      long lengths = row.right().stream().mapToLong(Lengths::of).sum();
      return sum + (row.left() == null ? 0 : row.left()) + lengths;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long map(Long sum) {
      return sum + offset;
    }
  }
}
