package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.Udtf;
import dev.eddy.functions.api.UdtfDescription;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code TEST_UDTF}: one row per argument, as text, for every parameter type a table function
 * may take (primitives, arrays and maps of them); or its one argument back as a single row.
 */
@UdtfDescription(name = "test_udtf", description = "Parameter-type probe of the test harness.")
public class TestUdtf {

  @Udtf(description = "Each argument as text.")
  public List<String> standardParams(int i, long l, double d, boolean b, String s, BigDecimal bd,
      @UdfParameter(schema = "STRUCT<A STRING>") Struct struct) {
    return texts(i, l, d, b, s, bd, struct);
  }

  @Udtf(description = "The first element of each array, as text.")
  public List<String> listParams(List<Integer> i, List<Long> l, List<Double> d, List<Boolean> b,
      List<String> s, List<BigDecimal> bd,
      @UdfParameter(schema = "ARRAY<STRUCT<A STRING>>") List<Struct> struct) {
    return texts(i.get(0), l.get(0), d.get(0), b.get(0), s.get(0), bd.get(0), struct.get(0));
  }

  @Udtf(description = "The first value of each map, as text.")
  public List<String> mapParams(Map<String, Integer> i, Map<String, Long> l,
      Map<String, Double> d, Map<String, Boolean> b, Map<String, String> s,
      Map<String, BigDecimal> bd,
      @UdfParameter(schema = "MAP<STRING, STRUCT<A STRING>>") Map<String, Struct> struct) {
    return texts(first(i.values()), first(l.values()), first(d.values()), first(b.values()),
        first(s.values()), first(bd.values()), first(struct.values()));
  }

  @Udtf
  public List<Integer> integerRow(int i) {
    return List.of(i);
  }

  @Udtf
  public List<Long> bigintRow(long l) {
    return List.of(l);
  }

  @Udtf
  public List<Double> doubleRow(double d) {
    return List.of(d);
  }

  @Udtf
  public List<Boolean> booleanRow(boolean b) {
    return List.of(b);
  }

  @Udtf
  public List<String> stringRow(String s) {
    return List.of(s);
  }

  @Udtf(schema = "DECIMAL(30, 10)")
  public List<BigDecimal> decimalRow(BigDecimal bd) {
    return List.of(bd);
  }

  @Udtf(schema = "STRUCT<A STRING>")
  public List<Struct> structRow(@UdfParameter(schema = "STRUCT<A STRING>") Struct struct) {
    return List.of(struct);
  }

  private static List<String> texts(Object... values) {
    return Stream.of(values).map(String::valueOf).toList();
  }

  private static <T> T first(Collection<T> values) {
    return values.iterator().next();
  }
}
