package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.VariadicArgs;
import dev.eddy.functions.types.ReturnTypeResolver;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
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

  @UdafDescription(name = "TOPK", description = "The k largest non-NULL values, largest first;"
      + " with more columns, the rows with the k largest values of the first.")
  public static final class TopK {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, List<T>, List<T>> topK(
        @UdfParameter("k") Integer k) {
      checkK("TOPK", k);
      return new Top<>(k, false, Comparator.<T>reverseOrder());
    }

    @UdafFactory(description = "The rows with the k largest non-NULL values of the first column,"
        + " largest first (ties in arrival order), each a struct of that value (sort_col) and"
        + " the other columns (col0, col1, ...).", returnType = TopRows.ResultType.class)
    public static <T extends Comparable<? super T>>
        Udaf<Pair<T, VariadicArgs<Object>>, List<Struct>, List<Struct>> topKRows(
            @UdfParameter("k") Integer k) {
      checkK("TOPK", k);
      return new TopRows<>(k);
    }
  }

  @UdafDescription(name = "TOPKDISTINCT",
      description = "The k largest distinct non-NULL values, largest first.")
  public static final class TopKDistinct {
    @UdafFactory
    public static <T extends Comparable<? super T>> Udaf<T, List<T>, List<T>> topKDistinct(
        @UdfParameter("k") Integer k) {
      checkK("TOPKDISTINCT", k);
      return new Top<>(k, true, Comparator.<T>reverseOrder());
    }
  }

  /**
   * The state is the current top list itself, kept in {@code order} (largest first); an element
   * equal to one already kept goes after it.
   */
  static final class Top<E> implements Udaf<E, List<E>, List<E>> {
    private final int k;
    private final boolean distinct;
    private final Comparator<? super E> order;

    Top(int k, boolean distinct, Comparator<? super E> order) {
      this.k = k;
      this.distinct = distinct;
      this.order = order;
    }

    @Override
    public List<E> initialize() {
      return List.of();
    }

    @Override
    public List<E> aggregate(E value, List<E> top) {
      if (value == null || (distinct && top.contains(value))) {
        return top;
      }
      if (top.size() == k && order.compare(value, top.get(k - 1)) >= 0) {
        return top;
      }
      List<E> out = new ArrayList<>(top.size() + 1);
      out.addAll(top);
      out.add(value);
      out.sort(order);
      return out.size() > k ? new ArrayList<>(out.subList(0, k)) : out;
    }

    @Override
    public List<E> merge(List<E> left, List<E> right) {
      List<E> out = left;
      for (E v : right) {
        out = aggregate(v, out);
      }
      return out;
    }

    @Override
    public List<E> map(List<E> top) {
      return top;
    }
  }

  /**
   * TOPK over rows: each row with a non-NULL sort value becomes a struct (sort_col, col0, ...)
   * and competes by its sort value.
   */
  static final class TopRows<T extends Comparable<? super T>>
      implements Udaf<Pair<T, VariadicArgs<Object>>, List<Struct>, List<Struct>> {
    private final Top<Struct> top;
    private SqlStruct rowType;

    @SuppressWarnings("unchecked")
    TopRows(int k) {
      this.top = new Top<>(k, false,
          Comparator.comparing((Struct row) -> (T) row.get(0), Comparator.reverseOrder()));
    }

    @Override
    public void initializeTypeArguments(List<SqlType> argumentTypes) {
      rowType = ResultType.rowType(argumentTypes);
    }

    @Override
    public List<Struct> initialize() {
      return top.initialize();
    }

    @Override
    public List<Struct> aggregate(Pair<T, VariadicArgs<Object>> row, List<Struct> kept) {
      if (row.left() == null) {
        return kept;
      }
      Struct struct = new Struct(rowType).put(0, row.left());
      for (int i = 0; i < row.right().size(); i++) {
        struct.put(i + 1, row.right().get(i));
      }
      return top.aggregate(struct, kept);
    }

    @Override
    public List<Struct> merge(List<Struct> left, List<Struct> right) {
      return top.merge(left, right);
    }

    @Override
    public List<Struct> map(List<Struct> kept) {
      return kept;
    }

    /** {@code ARRAY<STRUCT<sort_col T, col0 C0, ...>>} for the columns of a call. */
    public static final class ResultType implements ReturnTypeResolver {
      @Override
      public SqlType resolve(List<SqlType> argumentTypes) {
        return SqlTypes.array(rowType(argumentTypes));
      }

      /** The arguments are the columns, then k. */
      static SqlStruct rowType(List<SqlType> argumentTypes) {
        SqlStruct.Builder row = SqlTypes.struct().field("sort_col", argumentTypes.get(0));
        for (int i = 1; i < argumentTypes.size() - 1; i++) {
          row.field("col" + (i - 1), argumentTypes.get(i));
        }
        return row.build();
      }
    }
  }
}
