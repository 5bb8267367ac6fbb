package dev.eddy.functions.api;

import dev.eddy.functions.types.ReturnTypeResolver;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One overload of a scalar function or, on a {@link UdtfDescription} class, of a table function.
 *
 * <p>The SQL signature is read from the Java signature. Where Java cannot say the SQL type, the
 * method says it in one of two ways, never both: {@link #schema()} gives a fixed type in SQL
 * syntax ({@code "DECIMAL(10, 2)"}, {@code "STRUCT<K STRING, V T>"}), {@link #returnType()} names
 * a resolver that computes the type from the argument types (decimal precision of {@code ROUND},
 * for example).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Udf {

  String description() default "";

  /** The return type in SQL syntax, when the Java return type is not enough. */
  String schema() default "";

  /** Computes the return type from the argument types; {@code ReturnTypeResolver.None} if unused. */
  Class<? extends ReturnTypeResolver> returnType() default ReturnTypeResolver.None.class;

  /**
   * False if equal arguments may give different results (RANDOM(), UUID(), UNIX_TIMESTAMP()):
   * the planner must then neither constant-fold the call nor merge two calls into one.
   */
  boolean deterministic() default true;
}
