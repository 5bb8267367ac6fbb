package dev.eddy.engine.function;

import dev.eddy.functions.api.TriFunction;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.function.Function2;

/**
 * Adapts a lambda argument as Calcite compiles it (a linq4j {@link Function1} or
 * {@link Function2} over internal values) to the {@link Function}, {@link BiFunction} or
 * {@link TriFunction} a UDF
 * takes (over the UDF API's Java values), converting inputs and result where the types need it.
 * Called by generated code once per call, not per element.
 */
public final class Lambdas {

  private Lambdas() {}

  /**
   * @param in converts an input from the UDF's form to the lambda body's, or null if none is needed
   * @param out converts the body's result to the UDF's form, or null
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Function<Object, Object> function(Function1 body, ValueConverter in,
      ValueConverter out) {
    return x -> convert(out, body.apply(convert(in, x)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static BiFunction<Object, Object, Object> biFunction(Function2 body, ValueConverter in0,
      ValueConverter in1, ValueConverter out) {
    return (a, b) -> convert(out, body.apply(convert(in0, a), convert(in1, b)));
  }

  /** @param body the lambda as {@link ConversionCode} compiles one of three parameters */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static TriFunction<Object, Object, Object, Object> triFunction(TriFunction body,
      ValueConverter in0, ValueConverter in1, ValueConverter in2, ValueConverter out) {
    return (a, b, c) -> convert(out, body.apply(convert(in0, a), convert(in1, b), convert(in2, c)));
  }

  private static Object convert(ValueConverter converter, Object value) {
    return converter == null ? value : converter.convert(value);
  }
}
