package dev.eddy.functions.api;

import dev.eddy.functions.types.ReturnTypeResolver;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One overload of a table function. The method returns {@code List<T>}; the SQL return type is
 * the element type {@code T}. {@link #schema()} and {@link #returnType()} describe {@code T}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Udtf {

  String description() default "";

  /** The element type in SQL syntax, when the Java type is not enough. */
  String schema() default "";

  Class<? extends ReturnTypeResolver> returnType() default ReturnTypeResolver.None.class;
}
