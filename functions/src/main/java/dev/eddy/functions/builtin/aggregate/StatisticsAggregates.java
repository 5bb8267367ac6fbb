package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Standard deviation, variance and correlation. All take DOUBLE (integers widen), ignore NULLs
 * and undo, so they work over tables.
 *
 * <p>Deviation uses Welford's running mean and sum of squared differences (M2), which stays
 * accurate where the naive sum of squares cancels catastrophically; merging uses Chan's
 * formula, undo runs Welford backwards.
 */
public final class StatisticsAggregates {

  static final SqlStruct MOMENTS = SqlTypes.struct()
      .field("COUNT", SqlTypes.BIGINT).field("MEAN", SqlTypes.DOUBLE).field("M2", SqlTypes.DOUBLE)
      .build();

  private StatisticsAggregates() {}

  static Struct moments(long count, double mean, double m2) {
    return new Struct(MOMENTS).put(0, count).put(1, mean).put(2, m2);
  }

  /** Welford moments with a final step from (count, M2) to the result. */
  static TableUdaf<Double, Struct, Double> deviation(ToDoubleFunction<Struct> result) {
    return new TableUdaf<>() {
      @Override
      public Struct initialize() {
        return moments(0, 0.0, 0.0);
      }

      @Override
      public Struct aggregate(Double x, Struct s) {
        if (x == null) {
          return s;
        }
        long n = count(s) + 1;
        double delta = x - mean(s);
        double mean = mean(s) + delta / n;
        return moments(n, mean, m2(s) + delta * (x - mean));
      }

      @Override
      public Struct undo(Double x, Struct s) {
        if (x == null || count(s) == 0) {
          return s;
        }
        long n = count(s) - 1;
        if (n == 0) {
          return initialize();
        }
        double mean = (mean(s) * count(s) - x) / n;
        return moments(n, mean, Math.max(0.0, m2(s) - (x - mean) * (x - mean(s))));
      }

      @Override
      public Struct merge(Struct a, Struct b) {
        long n = count(a) + count(b);
        if (n == 0) {
          return initialize();
        }
        double delta = mean(b) - mean(a);
        double mean = mean(a) + delta * count(b) / n;
        double m2 = m2(a) + m2(b) + delta * delta * count(a) * count(b) / n;
        return moments(n, mean, m2);
      }

      @Override
      public Double map(Struct s) {
        return result.applyAsDouble(s);
      }
    };
  }

  static long count(Struct s) {
    return (Long) s.get(0);
  }

  static double mean(Struct s) {
    return (Double) s.get(1);
  }

  static double m2(Struct s) {
    return (Double) s.get(2);
  }

  static double sampleVariance(Struct s) {
    return count(s) < 2 ? 0.0 : m2(s) / (count(s) - 1);
  }

  @UdafDescription(name = "STDDEV_SAMPLE", description = "The sample standard deviation; 0.0"
      + " for fewer than two values.")
  public static final class StddevSample {
    @UdafFactory(aggregateSchema = "STRUCT<COUNT BIGINT, MEAN DOUBLE, M2 DOUBLE>")
    public static TableUdaf<Double, Struct, Double> stddevSample() {
      return deviation(s -> Math.sqrt(sampleVariance(s)));
    }
  }

  /**
   * ksqlDB's STDDEV_SAMP returns the sample <em>variance</em> despite its name; Eddy keeps that
   * so existing queries give the same numbers. Use STDDEV_SAMPLE for the deviation.
   */
  @UdafDescription(name = "STDDEV_SAMP", description = "The sample variance (as ksqlDB's"
      + " STDDEV_SAMP computes it); 0.0 for fewer than two values.")
  public static final class StddevSamp {
    @UdafFactory(aggregateSchema = "STRUCT<COUNT BIGINT, MEAN DOUBLE, M2 DOUBLE>")
    public static TableUdaf<Double, Struct, Double> stddevSamp() {
      return deviation(StatisticsAggregates::sampleVariance);
    }
  }

  @UdafDescription(name = "STDDEV_POP", description = "The population standard deviation; NULL"
      + " for no values.")
  public static final class StddevPop {
    @UdafFactory(aggregateSchema = "STRUCT<COUNT BIGINT, MEAN DOUBLE, M2 DOUBLE>")
    public static TableUdaf<Double, Struct, Double> stddevPop() {
      DoubleUnaryOperator sqrt = Math::sqrt;
      return new NullWhenEmpty(deviation(s -> count(s) == 0 ? Double.NaN
          : sqrt.applyAsDouble(m2(s) / count(s))));
    }
  }

  /** Maps the NaN of an empty group to NULL. */
  static final class NullWhenEmpty implements TableUdaf<Double, Struct, Double> {
    private final TableUdaf<Double, Struct, Double> inner;

    NullWhenEmpty(TableUdaf<Double, Struct, Double> inner) {
      this.inner = inner;
    }

    @Override
    public Struct initialize() {
      return inner.initialize();
    }

    @Override
    public Struct aggregate(Double value, Struct aggregate) {
      return inner.aggregate(value, aggregate);
    }

    @Override
    public Struct merge(Struct left, Struct right) {
      return inner.merge(left, right);
    }

    @Override
    public Double map(Struct aggregate) {
      return count(aggregate) == 0 ? null : inner.map(aggregate);
    }

    @Override
    public Struct undo(Double value, Struct aggregate) {
      return inner.undo(value, aggregate);
    }
  }

  /**
   * CORRELATION(x, y): Pearson's coefficient from running sums. Rows where either value is NULL
   * are ignored; NaN for fewer than two rows or a constant column, as ksqlDB.
   */
  @UdafDescription(name = "CORRELATION", description = "The Pearson correlation coefficient of"
      + " two columns.")
  public static final class Correlation {
    static final SqlStruct SUMS = SqlTypes.struct()
        .field("N", SqlTypes.BIGINT).field("SX", SqlTypes.DOUBLE).field("SY", SqlTypes.DOUBLE)
        .field("SXX", SqlTypes.DOUBLE).field("SYY", SqlTypes.DOUBLE).field("SXY", SqlTypes.DOUBLE)
        .build();

    @UdafFactory(aggregateSchema =
        "STRUCT<N BIGINT, SX DOUBLE, SY DOUBLE, SXX DOUBLE, SYY DOUBLE, SXY DOUBLE>")
    public static TableUdaf<Pair<Double, Double>, Struct, Double> correlation() {
      return new TableUdaf<>() {
        @Override
        public Struct initialize() {
          return sums(0, 0, 0, 0, 0, 0);
        }

        @Override
        public Struct aggregate(Pair<Double, Double> p, Struct s) {
          return add(s, p, 1);
        }

        @Override
        public Struct undo(Pair<Double, Double> p, Struct s) {
          return add(s, p, -1);
        }

        @Override
        public Struct merge(Struct a, Struct b) {
          return sums((Long) a.get(0) + (Long) b.get(0), d(a, 1) + d(b, 1), d(a, 2) + d(b, 2),
              d(a, 3) + d(b, 3), d(a, 4) + d(b, 4), d(a, 5) + d(b, 5));
        }

        @Override
        public Double map(Struct s) {
          long n = (Long) s.get(0);
          if (n < 2) {
            return Double.NaN;
          }
          double sx = d(s, 1);
          double sy = d(s, 2);
          double cov = n * d(s, 5) - sx * sy;
          double vx = n * d(s, 3) - sx * sx;
          double vy = n * d(s, 4) - sy * sy;
          return cov / Math.sqrt(vx * vy);
        }
      };
    }

    private static Struct add(Struct s, Pair<Double, Double> p, int sign) {
      if (p == null || p.left() == null || p.right() == null) {
        return s;
      }
      double x = p.left();
      double y = p.right();
      return sums((Long) s.get(0) + sign, d(s, 1) + sign * x, d(s, 2) + sign * y,
          d(s, 3) + sign * x * x, d(s, 4) + sign * y * y, d(s, 5) + sign * x * y);
    }

    private static double d(Struct s, int i) {
      return (Double) s.get(i);
    }

    private static Struct sums(long n, double sx, double sy, double sxx, double syy, double sxy) {
      return new Struct(SUMS).put(0, n).put(1, sx).put(2, sy).put(3, sxx).put(4, syy).put(5, sxy);
    }
  }
}
