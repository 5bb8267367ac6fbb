package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** {@code TEST_UDAF}: sums of several input types, one of them a struct. */
@UdafDescription(name = "test_udaf", description = "Sums of the test harness.")
public final class TestUdaf {

  private static final SqlStruct PAIR = SqlTypes.struct()
      .field("A", SqlTypes.INTEGER).field("B", SqlTypes.INTEGER).build();

  private TestUdaf() {}

  @UdafFactory(description = "The sum of BIGINT values.")
  public static TableUdaf<Long, Long, Long> sumLong() {
    return new LongSum<>(Function.identity());
  }

  @UdafFactory(description = "The sum of INTEGER values, as a BIGINT.")
  public static TableUdaf<Integer, Long, Long> sumInt() {
    return new LongSum<>(Integer::longValue);
  }

  @UdafFactory(description = "The sum of DOUBLE values.")
  public static Udaf<Double, Double, Double> sumDouble() {
    return new Folding<>(0.0, Double::sum);
  }

  @UdafFactory(description = "The total length of the strings, starting from the initial's.")
  public static Udaf<String, Long, Long> sumLength(String initial) {
    return new Udaf<>() {
      @Override
      public Long initialize() {
        return (long) initial.length();
      }

      @Override
      public Long aggregate(String value, Long total) {
        return value == null ? total : total + value.length();
      }

      @Override
      public Long merge(Long left, Long right) {
        return left + right;
      }

      @Override
      public Long map(Long total) {
        return total;
      }
    };
  }

  @UdafFactory(description = "The field-wise sum of the structs.",
      paramSchema = "STRUCT<A INTEGER, B INTEGER>",
      aggregateSchema = "STRUCT<A INTEGER, B INTEGER>",
      returnSchema = "STRUCT<A INTEGER, B INTEGER>")
  public static Udaf<Struct, Struct, Struct> sumStruct() {
    return new Folding<>(new Struct(PAIR).put("A", 0).put("B", 0), TestUdaf::addFields);
  }

  private static Struct addFields(Struct left, Struct right) {
    return new Struct(PAIR)
        .put("A", (Integer) left.get("A") + (Integer) right.get("A"))
        .put("B", (Integer) left.get("B") + (Integer) right.get("B"));
  }

  /** A sum into a BIGINT of values that convert to one; NULLs are skipped. */
  private record LongSum<I>(Function<I, Long> asLong) implements TableUdaf<I, Long, Long> {
    @Override
    public Long initialize() {
      return 0L;
    }

    @Override
    public Long aggregate(I value, Long sum) {
      return value == null ? sum : sum + asLong.apply(value);
    }

    @Override
    public Long undo(I value, Long sum) {
      return value == null ? sum : sum - asLong.apply(value);
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long map(Long sum) {
      return sum;
    }
  }

  /** Folds non-NULL values with one operator that also merges. */
  private record Folding<T>(T zero, BinaryOperator<T> plus) implements Udaf<T, T, T> {
    @Override
    public T initialize() {
      return zero;
    }

    @Override
    public T aggregate(T value, T sum) {
      return value == null ? sum : plus.apply(sum, value);
    }

    @Override
    public T merge(T left, T right) {
      return plus.apply(left, right);
    }

    @Override
    public T map(T sum) {
      return sum;
    }
  }
}
