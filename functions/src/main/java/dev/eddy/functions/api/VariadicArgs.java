package dev.eddy.functions.api;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The values of a variable number of aggregated columns, in call order. An aggregate declares
 * one as (part of) its input, {@code Udaf<Pair<Long, VariadicArgs<String>>, A, O>}, and is then
 * called with zero or more columns in that place: {@code F(x)}, {@code F(x, s1, s2)}. Each value
 * may be null. Read-only.
 */
public final class VariadicArgs<T> extends AbstractList<T> {

  private final List<T> values;

  /** The values of one row's variadic columns. */
  @SafeVarargs
  public static <T> VariadicArgs<T> of(T... values) {
    return new VariadicArgs<>(Arrays.asList(values));
  }

  /** The values of one row's variadic columns; the list is copied (nulls allowed). */
  @SuppressWarnings("unchecked")
  public VariadicArgs(List<? extends T> values) {
    this.values = (List<T>) Arrays.asList(values.toArray());
  }

  @Override
  public T get(int index) {
    return values.get(index);
  }

  @Override
  public int size() {
    return values.size();
  }
}
