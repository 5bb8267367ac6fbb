package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.aggregate;
import static dev.eddy.functions.builtin.Calls.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.registry.FunctionKind;
import dev.eddy.functions.registry.FunctionRegistry;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aggregates driven like a changelog: every step records the result after it, so tests assert
 * the exact sequence of outputs, undo steps included.
 */
class AggregateFunctionsTest {

  static final SqlType INT = SqlTypes.INTEGER;

  /** Runs a script of +value (aggregate) and -value (undo) steps; returns the result after each. */
  static final class Run {
    private final Udaf<Object, Object, Object> udaf;
    private Object state;
    final List<Object> results = new ArrayList<>();

    Run(Udaf<Object, Object, Object> udaf) {
      this.udaf = udaf;
      this.state = udaf.initialize();
    }

    Run add(Object... values) {
      for (Object v : values) {
        state = udaf.aggregate(v, state);
        results.add(udaf.map(state));
      }
      return this;
    }

    Run undo(Object... values) {
      for (Object v : values) {
        state = ((TableUdaf<Object, Object, Object>) udaf).undo(v, state);
        results.add(udaf.map(state));
      }
      return this;
    }

    Object result() {
      return udaf.map(state);
    }

    Object state() {
      return state;
    }
  }

  static Run run(String function, SqlType column, Object... literals) {
    return new Run(aggregate(function, List.of(column), literals));
  }

  @Test
  void countIgnoresNullsAndUndoes() {
    assertThat(run("COUNT", INT).add(1, null, 3).undo(1, null).results)
        .containsExactly(1L, 1L, 2L, 1L, 1L);
  }

  @Test
  void countStarCountsRows() {
    ResolvedCall star = Calls.REGISTRY.resolve("COUNT", List.of());
    assertThat(star.signature().toString()).isEqualTo("COUNT() => BIGINT");
    var impl = star.signature().aggregate();
    assertThat(impl.columnCount(0)).isZero();
    Run rows = new Run(impl.create(List.of(), star.argumentTypes()));
    assertThat(rows.add(impl.input(), impl.input(), impl.input()).undo(impl.input()).results)
        .containsExactly(1L, 2L, 3L, 2L);
  }

  @Test
  void sumKeepsTheInputType() {
    assertThat(run("SUM", INT).add(1, 2, null).undo(2).results).containsExactly(1, 3, 3, 1);
    assertThat(run("SUM", SqlTypes.BIGINT).add(5L, 7L).result()).isEqualTo(12L);
    assertThat(run("SUM", SqlTypes.DOUBLE).add(0.5, 0.25).undo(0.5).result()).isEqualTo(0.25);
    ResolvedCall dec = Calls.REGISTRY.resolve("SUM", List.of(SqlTypes.decimal(4, 1)));
    assertThat(dec.returnType()).isEqualTo(SqlTypes.decimal(4, 1));
    assertThat(dec.aggregateType()).isEqualTo(SqlTypes.decimal(4, 1));
    assertThat(run("SUM", SqlTypes.decimal(4, 1))
        .add(new BigDecimal("5.4"), new BigDecimal("100.1")).result())
        .isEqualTo(new BigDecimal("105.5"));
  }

  @Test
  void decimalSumFailsWhenItOutgrowsItsType() {
    Run sum = run("SUM", SqlTypes.decimal(4, 1)).add(new BigDecimal("500.9"), new BigDecimal("300.8"));
    assertThat(sum.result()).isEqualTo(new BigDecimal("801.7"));
    assertThatThrownBy(() -> sum.add(new BigDecimal("200.0")))
        .isInstanceOf(UdfException.class).hasMessage("Numeric field overflow");
    assertThat(run("SUM", SqlTypes.decimal(4, 1)).result()).isEqualTo(new BigDecimal("0.0"));
  }

  @Test
  void sumListIsSumOfArrays() {
    assertThat(run("SUM_LIST", SqlTypes.array(SqlTypes.BIGINT)).add(list(1L, 2L), null,
        list(3L, null)).undo(list(1L, 2L)).results).containsExactly(3L, 3L, 6L, 3L);
    assertThat(Calls.REGISTRY.resolve("SUM_LIST", List.of(SqlTypes.array(SqlTypes.DOUBLE)))
        .returnType()).isEqualTo(SqlTypes.DOUBLE);
  }

  @Test
  void sumOfArraysAddsTheirElements() {
    assertThat(run("SUM", SqlTypes.array(INT)).add(list(1, 2), null, list(3, null)).undo(list(1, 2))
        .results).containsExactly(3, 3, 6, 3);
    assertThat(Calls.REGISTRY.resolve("SUM", List.of(SqlTypes.array(SqlTypes.DOUBLE))).returnType())
        .isEqualTo(SqlTypes.DOUBLE);
  }

  @Test
  void collectMapMergesMaps() {
    assertThat(run("COLLECT_MAP", SqlTypes.map(SqlTypes.STRING, INT))
        .add(Map.of("a", 1), null, Map.of("a", 2, "b", 3)).result())
        .isEqualTo(Map.of("a", 2, "b", 3));
  }

  @Test
  void avgIsADoubleAndUndoes() {
    Run avg = run("AVG", SqlTypes.DOUBLE);
    assertThat(avg.result()).isNull();
    assertThat(avg.add(1.0, 2.0, 6.0, null).undo(6.0, 1.0, 2.0).results)
        .containsExactly(1.0, 1.5, 3.0, 3.0, 1.5, 2.0, null);
    ResolvedCall overInt = Calls.REGISTRY.resolve("AVG", List.of(INT));
    assertThat(overInt.returnType()).isEqualTo(SqlTypes.DOUBLE);
    assertThat(overInt.argumentTypes()).containsExactly(SqlTypes.DOUBLE);
    assertThat(overInt.aggregateType().toString()).isEqualTo("STRUCT<SUM DOUBLE, COUNT BIGINT>");
  }

  @Test
  void minAndMaxAreGenericAndStreamOnly() {
    assertThat(run("MAX", INT).add(3, null, 7, 5).results).containsExactly(3, 3, 7, 7);
    assertThat(run("MIN", SqlTypes.STRING).add("b", "a", "c").result()).isEqualTo("a");
    assertThat(Calls.REGISTRY.resolve("MAX", List.of(SqlTypes.DATE)).returnType())
        .isEqualTo(SqlTypes.DATE);
    assertThat(Calls.REGISTRY.get("MAX").overloads().get(0).aggregate().supportsUndo()).isFalse();
    assertThat(Calls.REGISTRY.get("SUM").overloads().get(0).aggregate().supportsUndo()).isTrue();
  }

  @Test
  void topKWithMoreColumnsKeepsWholeRowsInArrivalOrderOnTies() {
    SqlType str = SqlTypes.STRING;
    ResolvedCall call = Calls.REGISTRY.resolve("TOPK", List.of(INT, str, SqlTypes.BIGINT, INT));
    SqlStruct row = SqlTypes.struct().field("sort_col", INT).field("col0", str)
        .field("col1", SqlTypes.BIGINT).build();
    assertThat(call.returnType()).isEqualTo(SqlTypes.array(row));
    assertThat(call.aggregateType()).isEqualTo(SqlTypes.array(row));
    var impl = call.signature().aggregate();
    Run top2 = new Run(impl.create(List.of(2), call.argumentTypes()));
    top2.add(impl.input(5, "a", 1L), impl.input(null, "skipped", 2L), impl.input(9, "b", 3L),
        impl.input(9, null, 4L));
    assertThat(top2.result()).isEqualTo(List.of(
        new Struct(row).put(0, 9).put(1, "b").put(2, 3L),
        new Struct(row).put(0, 9).put(1, null).put(2, 4L)));
  }

  @Test
  void topK() {
    assertThat(run("TOPK", INT, 3).add(0, 100, 99, 7, 100, null).results).containsExactly(
        list(0), list(100, 0), list(100, 99, 0), list(100, 99, 7), list(100, 100, 99),
        list(100, 100, 99));
    assertThat(run("TOPKDISTINCT", SqlTypes.STRING, 2).add("a", "c", "c", "b").result())
        .isEqualTo(list("c", "b"));
    assertThat(Calls.REGISTRY.resolve("TOPK", List.of(SqlTypes.DOUBLE, INT)).returnType())
        .isEqualTo(SqlTypes.array(SqlTypes.DOUBLE));
    assertThatThrownBy(() -> aggregate("TOPK", List.of(INT), 0))
        .isInstanceOf(dev.eddy.functions.registry.FunctionException.class)
        .hasMessage("TOPK: k must be a positive integer, got 0")
        .hasCauseInstanceOf(UdfException.class);
  }

  @Test
  void collectListKeepsNullsAndUndoesTheLastOccurrence() {
    assertThat(run("COLLECT_LIST", INT).add(1, null, 2, 1).undo(1).results).containsExactly(
        list(1), list(1, null), list(1, null, 2), list(1, null, 2, 1), list(1, null, 2));
  }

  @Test
  void collectLimitsAreConfigurable() {
    FunctionRegistry registry = FunctionRegistry.builder()
        .config(Map.of("eddy.functions.collect_list.limit", "2",
            "eddy.functions.collect_set.limit", 1))
        .addBuiltIns().build();
    var list = registry.resolve("COLLECT_LIST", List.of(INT)).signature().aggregate().create();
    var r = new Run(list).add(1, 2, 3);
    assertThat(r.result()).isEqualTo(list(1, 2));
    var set = registry.resolve("COLLECT_SET", List.of(INT)).signature().aggregate().create();
    assertThat(new Run(set).add(5, 6).result()).isEqualTo(list(5));
  }

  @Test
  void collectSetAndMerge() {
    Udaf<Object, Object, Object> set = aggregate("COLLECT_SET", List.of(INT));
    Run a = new Run(set).add(1, 2, 1);
    Run b = new Run(set).add(3, 2);
    assertThat(a.result()).isEqualTo(list(1, 2));
    assertThat(set.map(set.merge(a.state(), b.state()))).isEqualTo(list(1, 2, 3));
  }

  @Test
  void histogramCountsAndUndoesToEmpty() {
    Run h = run("HISTOGRAM", SqlTypes.STRING).add("alice", "bob", "alice", null).undo("alice", "alice");
    assertThat(h.results.get(2)).isEqualTo(Map.of("alice", 2L, "bob", 1L));
    assertThat(h.result()).isEqualTo(Map.of("bob", 1L));
  }

  @Test
  void countDistinct() {
    assertThat(run("COUNT_DISTINCT", INT).add(1, 2, 1, null, 3).undo(1, 1).results)
        .containsExactly(1L, 2L, 2L, 2L, 3L, 3L, 2L);
  }

  @Test
  void countDistinctLeavesTheOldStateAndTakesARestoredOne() {
    Udaf<Object, Object, Object> distinct = aggregate("COUNT_DISTINCT", List.of(INT));
    Object one = distinct.aggregate(1, distinct.initialize());
    Object two = distinct.aggregate(2, one);
    assertThat(distinct.map(one)).isEqualTo(1L);
    assertThat(distinct.map(two)).isEqualTo(2L);
    Object restored = new java.util.LinkedHashMap<>(Map.of("1", 1L, "3", 2L));
    assertThat(distinct.map(distinct.aggregate(2, restored))).isEqualTo(3L);
    assertThat(distinct.map(distinct.merge(restored, two))).isEqualTo(3L);
  }

  @Test
  void earliestAndLatestByOffset() {
    assertThat(run("EARLIEST_BY_OFFSET", INT).add(null, 1, 2).results).containsExactly(null, 1, 1);
    assertThat(run("EARLIEST_BY_OFFSET", INT, false).add(null, 1).results).containsExactly(null, null);
    assertThat(run("LATEST_BY_OFFSET", INT).add(1, null, 2).results).containsExactly(1, 1, 2);
    assertThat(run("LATEST_BY_OFFSET", INT, false).add(1, null).results).containsExactly(1, null);
    assertThat(run("EARLIEST_BY_OFFSET", INT, 2).add(1, null, 2, 3).result()).isEqualTo(list(1, 2));
    assertThat(run("LATEST_BY_OFFSET", INT, 2, false).add(1, 2, null).result())
        .isEqualTo(list(2, null));
    assertThat(Calls.REGISTRY.resolve("LATEST_BY_OFFSET", List.of(SqlTypes.STRING, INT)).returnType())
        .isEqualTo(SqlTypes.array(SqlTypes.STRING));
    assertThat(Calls.REGISTRY.resolve("LATEST_BY_OFFSET", List.of(SqlTypes.STRING, SqlTypes.BOOLEAN))
        .returnType()).isEqualTo(SqlTypes.STRING);
  }

  @Test
  void earliestMergeKeepsTheEarlierSession() {
    Udaf<Object, Object, Object> e = aggregate("EARLIEST_BY_OFFSET", List.of(INT));
    Udaf<Object, Object, Object> l = aggregate("LATEST_BY_OFFSET", List.of(INT));
    Object early = e.aggregate(1, e.initialize());
    Object late = e.aggregate(2, e.initialize());
    assertThat(e.map(e.merge(early, late))).isEqualTo(1);
    assertThat(l.map(l.merge(l.aggregate(1, l.initialize()), l.aggregate(2, l.initialize()))))
        .isEqualTo(2);
  }

  @Test
  void standardDeviationAndVariance() {
    // ksqlDB: STDDEV_SAMPLE of 0 and 10 is 7.0710678118654755; STDDEV_SAMP gives the variance.
    // INT columns widen to DOUBLE (the engine converts the values).
    assertThat(run("STDDEV_SAMPLE", INT).add(0.0, 10.0).results)
        .containsExactly(0.0, 7.0710678118654755);
    assertThat(run("STDDEV_SAMP", INT).add(0.0, 10.0).results).containsExactly(0.0, 50.0);
    Run pop = run("STDDEV_POP", SqlTypes.DOUBLE).add(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0);
    assertThat((Double) pop.result()).isCloseTo(2.0, within(1e-12));
    pop.undo(9.0, 7.0);
    // 2, 4, 4, 4, 5, 5: mean 4, squared deviations sum to 6 over 6 values.
    assertThat((Double) pop.result()).isCloseTo(1.0, within(1e-12));
    assertThat(run("STDDEV_POP", SqlTypes.DOUBLE).result()).isNull();
  }

  @Test
  void deviationMergeEqualsOnePass() {
    Udaf<Object, Object, Object> sd = aggregate("STDDEV_SAMPLE", List.of(SqlTypes.DOUBLE));
    Run all = new Run(sd).add(1.0, 2.0, 3.0, 10.0, 20.0);
    Run a = new Run(sd).add(1.0, 2.0);
    Run b = new Run(sd).add(3.0, 10.0, 20.0);
    assertThat((Double) sd.map(sd.merge(a.state(), b.state())))
        .isCloseTo((Double) all.result(), within(1e-12));
  }

  @Test
  void correlationOfTwoColumns() {
    ResolvedCall call = Calls.REGISTRY.resolve("CORRELATION", List.of(INT, SqlTypes.BIGINT));
    assertThat(call.argumentTypes()).containsExactly(SqlTypes.DOUBLE, SqlTypes.DOUBLE);
    assertThat(call.signature().aggregate().columnCount(2)).isEqualTo(2);
    var impl = call.signature().aggregate();
    Run r = new Run(impl.create());
    r.add(impl.input(1.5, 8.0), impl.input(-3.5, -2.0), impl.input(-1.0, null),
        impl.input(-1.0, -2.0), impl.input(-4.5, -1.0));
    assertThat((Double) r.results.get(0)).isNaN();
    assertThat(r.results.get(1)).isEqualTo(1.0);
    // Pearson's r of (1.5, 8), (-3.5, -2), (-1, -2), (-4.5, -1); the (-1, NULL) row is skipped.
    assertThat((Double) r.result()).isCloseTo(0.7945868838616258, within(1e-12));
    r.undo(new Pair<>(-4.5, -1.0));
    assertThat((Double) r.result()).isCloseTo(
        (Double) new Run(impl.create()).add(impl.input(1.5, 8.0), impl.input(-3.5, -2.0),
            impl.input(-1.0, -2.0)).result(), within(1e-12));
  }

  @Test
  void attrIsTheCommonValueOrNull() {
    assertThat(run("ATTR", SqlTypes.STRING).add("s", "s").result()).isEqualTo("s");
    assertThat(run("ATTR", SqlTypes.STRING).add("s", "t", "s").result()).isNull();
  }

  @Test
  void everyAggregateIsListedAsAggregate() {
    assertThat(Calls.REGISTRY.list(FunctionKind.AGGREGATE)).extracting(d -> d.name())
        .contains("COUNT", "SUM", "AVG", "MIN", "MAX", "TOPK", "TOPKDISTINCT", "COLLECT_LIST",
            "COLLECT_SET", "HISTOGRAM", "COUNT_DISTINCT", "EARLIEST_BY_OFFSET",
            "LATEST_BY_OFFSET", "STDDEV_SAMP", "STDDEV_SAMPLE", "CORRELATION");
  }
}
