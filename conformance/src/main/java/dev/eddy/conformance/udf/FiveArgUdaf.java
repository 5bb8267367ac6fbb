package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Quintuple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;

/** {@code FIVE_ARG(n, s1, s2, s3, i, k, strings...)}: five columns, then literals. */
@UdafDescription(name = "FIVE_ARG", description = "Sums the numbers and string lengths of five"
    + " columns, starting from k plus the lengths of the literal strings.")
public final class FiveArgUdaf {

  private FiveArgUdaf() {}

  @UdafFactory
  public static Udaf<Quintuple<Long, String, String, String, Integer>, Long, Long> create(
      int k, String... strings) {
    long start = k + Lengths.total(strings);
    return new Udaf<>() {
      @Override
      public Long initialize() {
        return start;
      }

      @Override
      public Long aggregate(Quintuple<Long, String, String, String, Integer> row, Long sum) {
        long numbers = (row.first() == null ? 0 : row.first())
            + (row.fifth() == null ? 0 : row.fifth());
        return sum + numbers + Lengths.total(row.second(), row.third(), row.fourth());
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
