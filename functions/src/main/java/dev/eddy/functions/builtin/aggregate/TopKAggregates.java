package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.api.UdfParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** TOPK and TOPKDISTINCT: the k largest non-NULL values, largest first. */
public final class TopKAggregates {

  private TopKAggregates() {}

  static void checkK(String function, Integer k) {
    if (k == null || k < 1) {
      throw new UdfException(function + ": k must be a positive integer, got " + k);
    }
  }

  @UdafDescription(name = "TOPK", description = "The k largest non-NULL values, largest first.")
  public static final class TopK {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, List<T>, List<T>> topK(
        @UdfParameter("k") Integer k) {
      checkK("TOPK", k);
      return new Top<>(k, false);
    }
  }

  @UdafDescription(name = "TOPKDISTINCT",
      description = "The k largest distinct non-NULL values, largest first.")
  public static final class TopKDistinct {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, List<T>, List<T>> topKDistinct(
        @UdfParameter("k") Integer k) {
      checkK("TOPKDISTINCT", k);
      return new Top<>(k, true);
    }
  }

  /** The state is the current top list itself, kept sorted largest first. */
  static final class Top<T extends Comparable<? super T>> implements Udaf<T, List<T>, List<T>> {
    private final int k;
    private final boolean distinct;

    Top(int k, boolean distinct) {
      this.k = k;
      this.distinct = distinct;
    }

    @Override
    public List<T> initialize() {
      return List.of();
    }

    @Override
    public List<T> aggregate(T value, List<T> top) {
      if (value == null || (distinct && top.contains(value))) {
        return top;
      }
      if (top.size() == k && value.compareTo(top.get(k - 1)) <= 0) {
        return top;
      }
      List<T> out = new ArrayList<>(top.size() + 1);
      out.addAll(top);
      out.add(value);
      out.sort(Comparator.reverseOrder());
      return out.size() > k ? new ArrayList<>(out.subList(0, k)) : out;
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
      List<T> out = left;
      for (T v : right) {
        out = aggregate(v, out);
      }
      return out;
    }

    @Override
    public List<T> map(List<T> top) {
      return top;
    }
  }
}
