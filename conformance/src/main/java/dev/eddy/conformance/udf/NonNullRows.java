package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Udaf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Collects one value of each row whose columns are all non-NULL; {@code columns} lists a row's
 * values, the first being the one collected.
 */
final class NonNullRows<I, T> implements Udaf<I, List<T>, List<T>> {

  private final Function<I, List<?>> columns;

  NonNullRows(Function<I, List<?>> columns) {
    this.columns = columns;
  }

  @Override
  public List<T> initialize() {
    return List.of();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<T> aggregate(I row, List<T> collected) {
    List<?> values = columns.apply(row);
    if (!values.stream().allMatch(Objects::nonNull)) {
      return collected;
    }
    List<T> out = new ArrayList<>(collected);
    out.add((T) values.get(0));
    return out;
  }

  @Override
  public List<T> merge(List<T> left, List<T> right) {
    List<T> out = new ArrayList<>(left);
    out.addAll(right);
    return out;
  }

  @Override
  public List<T> map(List<T> collected) {
    return collected;
  }
}
