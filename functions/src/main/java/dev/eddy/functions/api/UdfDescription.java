package dev.eddy.functions.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a scalar function (UDF). Every public method annotated with {@link Udf} is one
 * overload of the function named {@link #name()}. The class needs a public no-argument
 * constructor; one instance is shared by every call, so a UDF must be thread-safe.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UdfDescription {

  /** The SQL name; case-insensitive, stored upper-case. */
  String name();

  String description();

  /** Groups functions in {@code SHOW FUNCTIONS}; see {@link FunctionCategory}. */
  String category() default FunctionCategory.OTHER;

  String author() default "";

  String version() default "";
}
