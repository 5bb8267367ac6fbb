package dev.eddy.functions.api;

import dev.eddy.functions.types.ReturnTypeResolver;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One overload of an aggregate function: a public static method returning {@code Udaf<I, A, O>}.
 *
 * <p>The SQL call is {@code NAME(columns..., literals...)}. The aggregated columns come from
 * {@code I}: one column, two to five when {@code I} is a {@link Pair}, {@link Triple},
 * {@link Quadruple} or {@link Quintuple}, none when {@code I} is {@link Void} (the aggregate
 * counts rows, like {@code COUNT(*)}); one of them may be a {@link VariadicArgs}, zero or more
 * columns of the call. The method's own parameters are the trailing literal arguments
 * ({@code TOPK(col, 3)}; Java varargs allowed unless a column is variadic), passed once when the
 * aggregation is created; they must be constants in the query.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UdafFactory {

  String description() default "";

  /** Schema of the aggregated column(s) {@code I}, when the Java type is not enough. */
  String paramSchema() default "";

  /** Schema of the intermediate aggregate {@code A}, when the Java type is not enough. */
  String aggregateSchema() default "";

  /** Schema of the result {@code O}, when the Java type is not enough. */
  String returnSchema() default "";

  /** Computes {@code O}'s type from the argument types (e.g. the decimal of {@code SUM}). */
  Class<? extends ReturnTypeResolver> returnType() default ReturnTypeResolver.None.class;
}
