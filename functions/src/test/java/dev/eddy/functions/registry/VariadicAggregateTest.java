package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Quintuple;
import dev.eddy.functions.api.Triple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.VariadicArgs;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aggregates beyond one column and fixed literals: a variadic column (last, or followed by
 * literals), varargs literals, four and five columns, generic and {@code Object} columns.
 */
class VariadicAggregateTest {

  private static final SqlType INT = SqlTypes.INTEGER;
  private static final SqlType LONG = SqlTypes.BIGINT;
  private static final SqlType STRING = SqlTypes.STRING;

  /** Records each row's input, so a test sees exactly what the engine would pass. */
  abstract static class Recording<I> implements Udaf<I, List<String>, List<String>> {
    @Override
    public List<String> initialize() {
      return List.of();
    }

    @Override
    public List<String> aggregate(I row, List<String> seen) {
      List<String> out = new ArrayList<>(seen);
      out.add(String.valueOf(row));
      return out;
    }

    @Override
    public List<String> merge(List<String> left, List<String> right) {
      List<String> out = new ArrayList<>(left);
      out.addAll(right);
      return out;
    }

    @Override
    public List<String> map(List<String> seen) {
      return seen;
    }
  }

  @UdafDescription(name = "mid", description = "A variadic column between a column and literals.")
  public static final class Mid {
    @UdafFactory
    public static Udaf<Pair<Long, VariadicArgs<String>>, List<String>, List<String>> create(
        int first, int second) {
      return new Recording<>() {
        @Override
        public List<String> map(List<String> seen) {
          List<String> out = new ArrayList<>(seen);
          out.add("k=" + (first + second));
          return out;
        }
      };
    }
  }

  @UdafDescription(name = "lits", description = "Two columns, then varargs literals.")
  public static final class VarargLiterals {
    @UdafFactory
    public static Udaf<Pair<Long, String>, List<String>, List<String>> create(
        int k, String... strings) {
      return new Recording<>() {
        @Override
        public List<String> initialize() {
          return List.of(k + ":" + String.join("|", strings));
        }
      };
    }
  }

  @UdafDescription(name = "five", description = "Five columns.")
  public static final class Five {
    @UdafFactory
    public static Udaf<Quintuple<Long, String, String, String, Integer>, List<String>,
        List<String>> create() {
      return new Recording<>() {};
    }
  }

  @UdafDescription(name = "generic", description = "Generic columns, the last variadic.")
  public static final class Generic {
    @UdafFactory
    public static <A, B, C> Udaf<Triple<A, B, VariadicArgs<C>>, List<A>, List<A>> create() {
      return new Udaf<>() {
        @Override
        public List<A> initialize() {
          return List.of();
        }

        @Override
        public List<A> aggregate(Triple<A, B, VariadicArgs<C>> row, List<A> out) {
          return List.of(row.first());
        }

        @Override
        public List<A> merge(List<A> left, List<A> right) {
          return right;
        }

        @Override
        public List<A> map(List<A> out) {
          return out;
        }
      };
    }
  }

  @UdafDescription(name = "objects", description = "A variadic column of any types.")
  public static final class Objects {
    @UdafFactory
    public static Udaf<Pair<Integer, VariadicArgs<Object>>, List<String>, List<String>> create() {
      return new Recording<>() {};
    }
  }

  @UdafDescription(name = "twice", description = "Invalid: two variadic arguments.")
  public static final class TwoVariadics {
    @UdafFactory
    public static Udaf<VariadicArgs<String>, Long, Long> create(String... literals) {
      return null;
    }
  }

  private static final FunctionRegistry REGISTRY = FunctionRegistry.builder()
      .addClass(Mid.class).addClass(VarargLiterals.class).addClass(Five.class)
      .addClass(Generic.class).addClass(Objects.class).build();

  @Test
  void aVariadicColumnMayBeFollowedByLiterals() {
    FunctionSignature s = REGISTRY.get("MID").overloads().get(0);
    assertThat(s.toString()).isEqualTo(
        "MID(col1 BIGINT, col2 STRING..., first INTEGER, second INTEGER) => ARRAY<STRING>");
    ResolvedCall call = REGISTRY.resolve("MID", List.of(LONG, STRING, STRING, INT, INT));
    assertThat(call.argumentTypes()).containsExactly(LONG, STRING, STRING, INT, INT);
    AggregateImplementation impl = call.signature().aggregate();
    assertThat(impl.columnCount(5)).isEqualTo(3);
    assertThat(impl.columnCount(3)).isEqualTo(1);

    Udaf<Object, Object, Object> udaf = impl.create(List.of(7, 3));
    Object state = udaf.aggregate(impl.input(6L, "a", null), udaf.initialize());
    state = udaf.aggregate(impl.input(2L), state);
    assertThat(udaf.map(state)).isEqualTo(List.of(
        "Pair[left=6, right=[a, null]]", "Pair[left=2, right=[]]", "k=10"));
  }

  @Test
  void theVariadicColumnTakesOnlyItsType() {
    assertThatThrownBy(() -> REGISTRY.resolve("MID", List.of(LONG, INT, INT, INT)))
        .isInstanceOf(FunctionException.class);
    assertThatThrownBy(() -> REGISTRY.resolve("MID", List.of(STRING, STRING, INT, INT)))
        .isInstanceOf(FunctionException.class);
    assertThat(REGISTRY.resolve("MID", List.of(LONG, INT, INT)).signature().aggregate()
        .columnCount(3)).isEqualTo(1);
  }

  @Test
  void varargsLiteralsArePackedForTheFactory() {
    ResolvedCall call = REGISTRY.resolve("LITS", List.of(LONG, STRING, INT, STRING, STRING));
    AggregateImplementation impl = call.signature().aggregate();
    assertThat(impl.columnCount(5)).isEqualTo(2);
    Udaf<Object, Object, Object> udaf = impl.create(List.of(5, "10", "3"));
    assertThat(udaf.map(udaf.aggregate(impl.input(1L, "x"), udaf.initialize())))
        .isEqualTo(List.of("5:10|3", "Pair[left=1, right=x]"));
    Udaf<Object, Object, Object> none = impl.create(List.of(5));
    assertThat(none.initialize()).isEqualTo(List.of("5:"));
    assertThatThrownBy(() -> REGISTRY.resolve("LITS", List.of(LONG, INT, STRING)))
        .isInstanceOf(FunctionException.class);
  }

  @Test
  void fiveColumnsArriveAsAQuintuple() {
    ResolvedCall call = REGISTRY.resolve("FIVE", List.of(LONG, STRING, STRING, STRING, INT));
    AggregateImplementation impl = call.signature().aggregate();
    assertThat(impl.columnCount(5)).isEqualTo(5);
    assertThat(impl.input(1L, "a", null, "c", 2))
        .isEqualTo(new Quintuple<>(1L, "a", null, "c", 2));
  }

  @Test
  void genericColumnsBindTheResultAndTheVariadicRepeatsShareTheirVariable() {
    SqlType decimal = SqlTypes.decimal(5, 1);
    ResolvedCall call = REGISTRY.resolve("GENERIC", List.of(decimal, INT, LONG, LONG));
    assertThat(call.returnType()).isEqualTo(SqlTypes.array(decimal));
    assertThat(call.aggregateType()).isEqualTo(SqlTypes.array(decimal));
    assertThat(REGISTRY.resolve("GENERIC", List.of(STRING, INT)).returnType())
        .isEqualTo(SqlTypes.array(STRING));
    assertThatThrownBy(() -> REGISTRY.resolve("GENERIC", List.of(decimal, INT, LONG, STRING)))
        .isInstanceOf(FunctionException.class);
  }

  @Test
  void objectColumnsTakeAnyTypeEach() {
    FunctionSignature s = REGISTRY.get("OBJECTS").overloads().get(0);
    assertThat(s.toString()).isEqualTo("OBJECTS(col1 INTEGER, col2 ANY...) => ARRAY<STRING>");
    List<SqlType> args = List.of(INT, STRING, SqlTypes.decimal(4, 3), SqlTypes.array(INT));
    assertThat(REGISTRY.resolve("OBJECTS", args).argumentTypes()).isEqualTo(args);
  }

  @Test
  void twoVariadicArgumentsAreRefused() {
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(TwoVariadics.class))
        .isInstanceOf(FunctionException.class)
        .hasMessageContaining("one variadic argument");
  }

  @Test
  void parameterIndexSkipsTheRepeatsOfAMiddleVariadic() {
    FunctionSignature s = REGISTRY.get("MID").overloads().get(0);
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> s.parameterIndex(i, 5)).toList())
        .containsExactly(0, 1, 1, 2, 3);
    assertThat(List.of(0, 1, 2).stream().map(i -> s.parameterIndex(i, 3)).toList())
        .containsExactly(0, 2, 3);
  }
}
