package dev.eddy.functions.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an aggregate function (UDAF). Each public static method annotated with
 * {@link UdafFactory} returns a {@link Udaf} (or {@link TableUdaf}) and is one overload.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UdafDescription {

  String name();

  String description();

  String category() default FunctionCategory.AGGREGATE;

  String author() default "";

  String version() default "";
}
