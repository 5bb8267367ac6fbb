package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;

/** {@code MULTI_ARG(n, s, k, strings...)}: two columns, then a literal and variadic literals. */
@UdafDescription(name = "MULTI_ARG", description = "Sums a BIGINT column and a STRING column's"
    + " lengths, starting from k plus the lengths of the literal strings.")
public final class MultiArgUdaf {

  private MultiArgUdaf() {}

  @UdafFactory
  public static Udaf<Pair<Long, String>, Long, Long> create(int k, String... strings) {
    long start = k + Lengths.total(strings);
    return new Udaf<>() {
      @Override
      public Long initialize() {
        return start;
      }

      @Override
      public Long aggregate(Pair<Long, String> row, Long sum) {
        return sum + (row.left() == null ? 0 : row.left()) + Lengths.of(row.right());
      }

      @Override
      public Long merge(Long left, Long right) {
        return left + right;
      }

      @Override
      public Long map(Long sum) {
        return sum;
      }
    };
  }
}
