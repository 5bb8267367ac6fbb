package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.builtin.math.DecimalResults;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * COUNT, SUM, AVG, MIN and MAX. NULL inputs are ignored by all of them. COUNT, SUM and AVG undo
 * (they can aggregate tables); MIN and MAX cannot, as in ksqlDB, because taking back the current
 * extreme would need every value kept.
 */
public final class BasicAggregates {

  private BasicAggregates() {}

  @UdafDescription(name = "COUNT", description = "The number of rows (COUNT(*) or COUNT()), or"
      + " of non-NULL values of a column.")
  public static final class Count {
    @UdafFactory(description = "Counts rows; the engine calls it for COUNT(*) and COUNT().")
    public static TableUdaf<Void, Long, Long> countRows() {
      return new TableUdaf<>() {
        @Override
        public Long initialize() {
          return 0L;
        }

        @Override
        public Long aggregate(Void row, Long count) {
          return count + 1;
        }

        @Override
        public Long merge(Long left, Long right) {
          return left + right;
        }

        @Override
        public Long map(Long count) {
          return count;
        }

        @Override
        public Long undo(Void row, Long count) {
          return count - 1;
        }
      };
    }

    @UdafFactory(description = "Counts non-NULL values.")
    public static <T> TableUdaf<T, Long, Long> count() {
      return new TableUdaf<>() {
        @Override
        public Long initialize() {
          return 0L;
        }

        @Override
        public Long aggregate(T value, Long count) {
          return value == null ? count : count + 1;
        }

        @Override
        public Long merge(Long left, Long right) {
          return left + right;
        }

        @Override
        public Long map(Long count) {
          return count;
        }

        @Override
        public Long undo(T value, Long count) {
          return value == null ? count : count - 1;
        }
      };
    }
  }

  /** A sum over one numeric type: zero, addition and its inverse. */
  static <N> TableUdaf<N, N, N> sum(N zero, BinaryOperator<N> plus, BinaryOperator<N> minus) {
    return new TableUdaf<>() {
      @Override
      public N initialize() {
        return zero;
      }

      @Override
      public N aggregate(N value, N sum) {
        return value == null ? sum : plus.apply(sum, value);
      }

      @Override
      public N merge(N left, N right) {
        return plus.apply(left, right);
      }

      @Override
      public N map(N sum) {
        return sum;
      }

      @Override
      public N undo(N value, N sum) {
        return value == null ? sum : minus.apply(sum, value);
      }
    };
  }

  @UdafDescription(name = "SUM", description = "The sum of the non-NULL values.")
  public static final class Sum {
    @UdafFactory
    public static TableUdaf<Integer, Integer, Integer> sumInt() {
      return sum(0, Integer::sum, (a, b) -> a - b);
    }

    @UdafFactory
    public static TableUdaf<Long, Long, Long> sumLong() {
      return sum(0L, Long::sum, (a, b) -> a - b);
    }

    @UdafFactory
    public static TableUdaf<Double, Double, Double> sumDouble() {
      return sum(0.0, Double::sum, (a, b) -> a - b);
    }

    @UdafFactory(description = "Sums the elements of INT arrays.")
    public static TableUdaf<List<Integer>, Integer, Integer> sumIntList() {
      return sumOfLists(0, Integer::sum, (a, b) -> a - b);
    }

    @UdafFactory(description = "Sums the elements of BIGINT arrays.")
    public static TableUdaf<List<Long>, Long, Long> sumLongList() {
      return sumOfLists(0L, Long::sum, (a, b) -> a - b);
    }

    @UdafFactory(description = "Sums the elements of DOUBLE arrays.")
    public static TableUdaf<List<Double>, Double, Double> sumDoubleList() {
      return sumOfLists(0.0, Double::sum, (a, b) -> a - b);
    }

    @UdafFactory(description = "Sums decimals; the result keeps the input's precision and scale.",
        returnType = DecimalResults.SameAsFirst.class)
    public static TableUdaf<BigDecimal, BigDecimal, BigDecimal> sumDecimal() {
      return new DecimalSum();
    }
  }

  @UdafDescription(name = "SUM_LIST",
      description = "The sum of the non-NULL elements of every array; the same as SUM of an array.")
  public static final class SumList {
    @UdafFactory(description = "Sums the elements of INT arrays.")
    public static TableUdaf<List<Integer>, Integer, Integer> sumIntList() {
      return Sum.sumIntList();
    }

    @UdafFactory(description = "Sums the elements of BIGINT arrays.")
    public static TableUdaf<List<Long>, Long, Long> sumLongList() {
      return Sum.sumLongList();
    }

    @UdafFactory(description = "Sums the elements of DOUBLE arrays.")
    public static TableUdaf<List<Double>, Double, Double> sumDoubleList() {
      return Sum.sumDoubleList();
    }
  }

  /**
   * A decimal sum keeps the column's DECIMAL(p, s), so it must fail, as ksqlDB does, once the
   * sum needs more than p - s integer digits rather than emit a value its type cannot hold.
   */
  static final class DecimalSum implements TableUdaf<BigDecimal, BigDecimal, BigDecimal> {
    private int integerDigits = Integer.MAX_VALUE;
    private int scale = -1;

    @Override
    public void initializeTypeArguments(List<SqlType> argumentTypes) {
      if (argumentTypes.get(0) instanceof SqlDecimal d && d.isConcrete()) {
        integerDigits = d.integerDigits();
        scale = d.scale();
      }
    }

    @Override
    public BigDecimal initialize() {
      return scale < 0 ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(scale);
    }

    @Override
    public BigDecimal aggregate(BigDecimal value, BigDecimal sum) {
      return value == null ? sum : checked(sum.add(value));
    }

    @Override
    public BigDecimal merge(BigDecimal left, BigDecimal right) {
      return checked(left.add(right));
    }

    @Override
    public BigDecimal map(BigDecimal sum) {
      return sum;
    }

    @Override
    public BigDecimal undo(BigDecimal value, BigDecimal sum) {
      return value == null ? sum : checked(sum.subtract(value));
    }

    private BigDecimal checked(BigDecimal sum) {
      if (sum.precision() - sum.scale() > integerDigits) {
        throw new UdfException("Numeric field overflow");
      }
      return sum;
    }
  }

  /**
   * SUM over an array column adds up the elements of every row's array, as ksqlDB's SUM of
   * ARRAY<INT|BIGINT|DOUBLE> does; NULL arrays and elements are ignored.
   */
  static <N> TableUdaf<List<N>, N, N> sumOfLists(N zero, BinaryOperator<N> plus,
      BinaryOperator<N> minus) {
    TableUdaf<N, N, N> sum = sum(zero, plus, minus);
    return new TableUdaf<>() {
      @Override
      public N initialize() {
        return zero;
      }

      @Override
      public N aggregate(List<N> values, N total) {
        N out = total;
        if (values != null) {
          for (N v : values) {
            out = sum.aggregate(v, out);
          }
        }
        return out;
      }

      @Override
      public N merge(N left, N right) {
        return plus.apply(left, right);
      }

      @Override
      public N map(N total) {
        return total;
      }

      @Override
      public N undo(List<N> values, N total) {
        N out = total;
        if (values != null) {
          for (N v : values) {
            out = sum.undo(v, out);
          }
        }
        return out;
      }
    };
  }

  @UdafDescription(name = "AVG", description = "The average of the non-NULL values, as a DOUBLE;"
      + " NULL for no values.")
  public static final class Avg {
    static final SqlStruct STATE = SqlTypes.struct()
        .field("SUM", SqlTypes.DOUBLE).field("COUNT", SqlTypes.BIGINT).build();

    @UdafFactory(aggregateSchema = "STRUCT<SUM DOUBLE, COUNT BIGINT>")
    public static TableUdaf<Double, Struct, Double> avg() {
      return new TableUdaf<>() {
        @Override
        public Struct initialize() {
          return state(0.0, 0L);
        }

        @Override
        public Struct aggregate(Double value, Struct s) {
          return value == null ? s : state(sum(s) + value, count(s) + 1);
        }

        @Override
        public Struct merge(Struct left, Struct right) {
          return state(sum(left) + sum(right), count(left) + count(right));
        }

        @Override
        public Double map(Struct s) {
          return count(s) == 0 ? null : sum(s) / count(s);
        }

        @Override
        public Struct undo(Double value, Struct s) {
          return value == null ? s : state(sum(s) - value, count(s) - 1);
        }
      };
    }

    private static Struct state(double sum, long count) {
      return new Struct(STATE).put(0, sum).put(1, count);
    }

    private static double sum(Struct s) {
      return (Double) s.get(0);
    }

    private static long count(Struct s) {
      return (Long) s.get(1);
    }
  }

  /** Keeps the better of the current extreme and each new value. */
  static <T extends Comparable<? super T>> Udaf<T, T, T> extreme(int sign) {
    BinaryOperator<T> better = (a, b) -> {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return Integer.signum(b.compareTo(a)) == sign ? b : a;
    };
    UnaryOperator<T> identity = UnaryOperator.identity();
    return new Udaf<>() {
      @Override
      public T initialize() {
        return null;
      }

      @Override
      public T aggregate(T value, T current) {
        return better.apply(current, value);
      }

      @Override
      public T merge(T left, T right) {
        return better.apply(left, right);
      }

      @Override
      public T map(T current) {
        return identity.apply(current);
      }
    };
  }

  @UdafDescription(name = "MAX", description = "The largest non-NULL value.")
  public static final class Max {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, T, T> max() {
      return extreme(1);
    }
  }

  @UdafDescription(name = "MIN", description = "The smallest non-NULL value.")
  public static final class Min {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, T, T> min() {
      return extreme(-1);
    }
  }
}
