package dev.eddy.functions.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a table function (UDTF). Each public method annotated with {@link Udtf}
 * returns a {@code List<T>}; every element becomes one output row, typed {@code T}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UdtfDescription {

  String name();

  String description();

  String category() default FunctionCategory.TABLE;

  String author() default "";

  String version() default "";
}
