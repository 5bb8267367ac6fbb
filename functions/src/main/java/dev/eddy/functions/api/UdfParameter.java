package dev.eddy.functions.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and documents a parameter. Without it the parameter is named after the Java parameter
 * (which needs {@code -parameters}) or {@code arg<N>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface UdfParameter {

  /** The parameter's name as shown by {@code DESCRIBE FUNCTION}. */
  String value() default "";

  String description() default "";

  /**
   * The SQL type, when the Java type is not enough: {@code "DECIMAL(10, 2)"} or a struct schema.
   * A {@code BigDecimal} or {@code Struct} parameter without a schema accepts any decimal or struct.
   */
  String schema() default "";
}
