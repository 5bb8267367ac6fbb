package dev.eddy.engine.function;

import java.lang.reflect.Modifier;
import java.util.function.Consumer;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;

/**
 * ksqlDB's rule for a function that throws: the call is NULL, the failure goes to the processing
 * log, and the expression around it goes on ({@code IFNULL(PARSE_DATE(x, ...), d)} is {@code d},
 * a struct keeps its other fields). Generated code runs each function call through
 * {@link #guard}, with the consumer the compiled transform was given as {@link #FAILURES}.
 */
public final class FunctionFailures {

  /** The generated methods' parameter through which failures are reported; null rethrows. */
  public static final ParameterExpression FAILURES =
      Expressions.parameter(Modifier.FINAL, Consumer.class, "failures");

  private FunctionFailures() {}

  public static Object guard(Consumer<RuntimeException> failures, Function1<Object[], Object> call,
      Object[] arguments) {
    try {
      return call.apply(arguments);
    } catch (RuntimeException e) {
      if (failures == null) {
        throw e;
      }
      failures.accept(e);
      return null;
    }
  }
}
