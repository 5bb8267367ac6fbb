package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.api.UdfParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * EARLIEST_BY_OFFSET and LATEST_BY_OFFSET. Rows reach an aggregate in offset order within a
 * partition, so "earliest" is simply "first kept". The state is an ARRAY of the kept values:
 * a list rather than the bare value so that a kept NULL (ignoreNulls = false) differs from
 * "nothing yet". {@code merge(left, right)} assumes left holds the earlier rows, which is how
 * session windows merge.
 */
public final class OffsetAggregates {

  private OffsetAggregates() {}

  static void checkN(String function, Integer n) {
    if (n == null || n < 1) {
      throw new UdfException(function + ": the number of values must be positive, got " + n);
    }
  }

  @UdafDescription(name = "EARLIEST_BY_OFFSET", description = "The earliest value (or the"
      + " earliest n values) of a column; NULLs are ignored unless ignoreNulls is false.")
  public static final class EarliestByOffset {
    @UdafFactory
    public static <T> Udaf<T, List<T>, T> earliest() {
      return new Single<>(true, true);
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, T> earliest(@UdfParameter("ignoreNulls") Boolean ignoreNulls) {
      return new Single<>(true, !Boolean.FALSE.equals(ignoreNulls));
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, List<T>> earliest(@UdfParameter("earliestN") Integer n) {
      checkN("EARLIEST_BY_OFFSET", n);
      return new Many<>(true, n, true);
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, List<T>> earliest(@UdfParameter("earliestN") Integer n,
        @UdfParameter("ignoreNulls") Boolean ignoreNulls) {
      checkN("EARLIEST_BY_OFFSET", n);
      return new Many<>(true, n, !Boolean.FALSE.equals(ignoreNulls));
    }
  }

  @UdafDescription(name = "LATEST_BY_OFFSET", description = "The latest value (or the latest n"
      + " values) of a column; NULLs are ignored unless ignoreNulls is false.")
  public static final class LatestByOffset {
    @UdafFactory
    public static <T> Udaf<T, List<T>, T> latest() {
      return new Single<>(false, true);
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, T> latest(@UdfParameter("ignoreNulls") Boolean ignoreNulls) {
      return new Single<>(false, !Boolean.FALSE.equals(ignoreNulls));
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, List<T>> latest(@UdfParameter("latestN") Integer n) {
      checkN("LATEST_BY_OFFSET", n);
      return new Many<>(false, n, true);
    }

    @UdafFactory
    public static <T> Udaf<T, List<T>, List<T>> latest(@UdfParameter("latestN") Integer n,
        @UdfParameter("ignoreNulls") Boolean ignoreNulls) {
      checkN("LATEST_BY_OFFSET", n);
      return new Many<>(false, n, !Boolean.FALSE.equals(ignoreNulls));
    }
  }

  /** One value: the state is [] or [value]. */
  static final class Single<T> implements Udaf<T, List<T>, T> {
    private final boolean earliest;
    private final boolean ignoreNulls;

    Single(boolean earliest, boolean ignoreNulls) {
      this.earliest = earliest;
      this.ignoreNulls = ignoreNulls;
    }

    @Override
    public List<T> initialize() {
      return List.of();
    }

    @Override
    public List<T> aggregate(T value, List<T> kept) {
      if ((value == null && ignoreNulls) || (earliest && !kept.isEmpty())) {
        return kept;
      }
      List<T> out = new ArrayList<>(1);
      out.add(value);
      return out;
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
      if (earliest) {
        return left.isEmpty() ? right : left;
      }
      return right.isEmpty() ? left : right;
    }

    @Override
    public T map(List<T> kept) {
      return kept.isEmpty() ? null : kept.get(0);
    }
  }

  /** Up to n values, oldest first. */
  static final class Many<T> implements Udaf<T, List<T>, List<T>> {
    private final boolean earliest;
    private final int n;
    private final boolean ignoreNulls;

    Many(boolean earliest, int n, boolean ignoreNulls) {
      this.earliest = earliest;
      this.n = n;
      this.ignoreNulls = ignoreNulls;
    }

    @Override
    public List<T> initialize() {
      return List.of();
    }

    @Override
    public List<T> aggregate(T value, List<T> kept) {
      if ((value == null && ignoreNulls) || (earliest && kept.size() >= n)) {
        return kept;
      }
      List<T> out = new ArrayList<>(kept);
      out.add(value);
      return trim(out);
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
      List<T> out = new ArrayList<>(left);
      out.addAll(right);
      return trim(out);
    }

    private List<T> trim(List<T> all) {
      if (all.size() <= n) {
        return all;
      }
      return new ArrayList<>(earliest ? all.subList(0, n) : all.subList(all.size() - n, all.size()));
    }

    @Override
    public List<T> map(List<T> kept) {
      return kept;
    }
  }
}
