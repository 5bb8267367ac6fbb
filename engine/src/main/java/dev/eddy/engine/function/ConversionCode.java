package dev.eddy.engine.function;

import dev.eddy.functions.api.TriFunction;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.function.Function2;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLambdaRef;

/**
 * Generates the code that converts a function's arguments from Calcite's internal values to the
 * UDF API's Java values, and its result back. Simple types become calls to {@link JavaValues};
 * complex types that need it go through a {@link ValueConverter} held in
 * {@link FunctionInstances}; everything else is a cast.
 */
final class ConversionCode {

  private static final Method LAMBDA_1 = adapter("function", Function1.class,
      ValueConverter.class, ValueConverter.class);
  private static final Method LAMBDA_2 = adapter("biFunction", Function2.class,
      ValueConverter.class, ValueConverter.class, ValueConverter.class);
  private static final Method LAMBDA_3 = adapter("triFunction", TriFunction.class,
      ValueConverter.class, ValueConverter.class, ValueConverter.class, ValueConverter.class);

  // Only maps SQL types to Java classes, which needs no type system of its own.
  private static final JavaTypeFactory JAVA_TYPES = new JavaTypeFactoryImpl();

  private ConversionCode() {}

  private static Method adapter(String name, Class<?>... parameters) {
    try {
      return Lambdas.class.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Code converting one argument.
   *
   * @param operand the argument as Calcite generated it (primitive if NOT NULL)
   * @param actual the argument's own type; null for an untyped NULL
   * @param target the type overload resolution wants it converted to
   * @param parameterClass the Java parameter it is passed to (the component type for varargs)
   */
  static Expression toJava(Expression operand, SqlType actual, SqlType target,
      Class<?> parameterClass) {
    Expression value = actual == null
        ? Expressions.constant(null, boxed(parameterClass))
        : toJavaValue(operand, actual, target);
    // A primitive parameter unboxes; a NULL then fails like any other bad value in a row.
    return parameterClass.isPrimitive() ? EnumUtils.convert(value, parameterClass) : value;
  }

  private static Expression toJavaValue(Expression operand, SqlType actual, SqlType target) {
    Expression boxed = box(operand);
    return switch (target.baseType()) {
      case BOOLEAN -> EnumUtils.convert(boxed, Boolean.class);
      case STRING -> EnumUtils.convert(boxed, String.class);
      case INTEGER -> number(boxed, Integer.class, "toInteger");
      case BIGINT -> number(boxed, Long.class, "toLong");
      case DOUBLE -> number(boxed, Double.class, "toDouble");
      case DECIMAL -> number(boxed, BigDecimal.class, "toDecimal");
      case DATE -> Expressions.call(JavaValues.class, "toDate", cast(boxed, Integer.class));
      case TIME -> Expressions.call(JavaValues.class, "toTime", cast(boxed, Integer.class));
      case TIMESTAMP -> Expressions.call(JavaValues.class, "toTimestamp", cast(boxed, Long.class));
      case BYTES -> Expressions.call(JavaValues.class, "toByteBuffer", cast(boxed, ByteString.class));
      case ARRAY -> complex(boxed, ValueConverters.toJava(actual), "toJava", actual, List.class);
      case MAP -> complex(boxed, ValueConverters.toJava(actual), "toJava", actual, Map.class);
      case STRUCT -> complex(boxed, ValueConverters.toJava(actual), "toJava", actual,
          dev.eddy.functions.api.Struct.class);
      case LAMBDA -> lambda(operand, (SqlLambda) actual);
      case TYPE_VARIABLE -> throw new IllegalStateException(
          "cannot pass a value of type " + target + " to a function");
    };
  }

  /**
   * Code converting a function's result to Calcite's internal value of {@code type}: the boxed
   * class Calcite expects for a nullable value of that type.
   */
  static Expression fromJava(Expression result, SqlType type) {
    Expression boxed = box(result);
    return switch (type.baseType()) {
      case BOOLEAN -> cast(boxed, Boolean.class);
      case INTEGER -> cast(boxed, Integer.class);
      case BIGINT -> cast(boxed, Long.class);
      case DOUBLE -> cast(boxed, Double.class);
      case DECIMAL -> cast(boxed, BigDecimal.class);
      case STRING -> cast(boxed, String.class);
      case DATE -> Expressions.call(JavaValues.class, "fromDate", cast(boxed, Date.class));
      case TIME -> Expressions.call(JavaValues.class, "fromTime", cast(boxed, Time.class));
      case TIMESTAMP -> Expressions.call(JavaValues.class, "fromTimestamp", cast(boxed, Timestamp.class));
      case BYTES -> Expressions.call(JavaValues.class, "fromByteBuffer",
          cast(boxed, java.nio.ByteBuffer.class));
      case ARRAY -> complex(boxed, ValueConverters.fromJava(type), "fromJava", type, List.class);
      case MAP -> complex(boxed, ValueConverters.fromJava(type), "fromJava", type, Map.class);
      case STRUCT -> complex(boxed, ValueConverters.fromJava(type), "fromJava", type, Object[].class);
      case LAMBDA, TYPE_VARIABLE -> throw new IllegalStateException(
          "a function cannot return a value of type " + type);
    };
  }

  // Calcite compiles a lambda argument to a linq4j Function1/Function2 over internal values.
  private static Expression lambda(Expression body, SqlLambda type) {
    List<Expression> args = new ArrayList<>();
    args.add(body);
    for (SqlType input : type.inputTypes()) {
      args.add(converter(ValueConverters.fromJava(input), "fromJava", input));
    }
    args.add(converter(ValueConverters.toJava(type.returnType()), "toJava", type.returnType()));
    Method adapter = switch (type.inputTypes().size()) {
      case 1 -> LAMBDA_1;
      case 2 -> LAMBDA_2;
      case 3 -> LAMBDA_3;
      default -> throw new IllegalStateException(
          "lambdas of " + type.inputTypes().size() + " parameters are not supported yet");
    };
    return Expressions.call(adapter, args);
  }

  /**
   * A lambda of three parameters as a {@link TriFunction} over internal values: linq4j has no
   * function type of three parameters, so Calcite cannot write such a lambda itself.
   */
  static Expression triFunction(RexToLixTranslator translator, RexLambda lambda) {
    List<ParameterExpression> objects = new ArrayList<>();
    // Not optimizing: the body refers to the parameters by name through other expression
    // objects, so an optimizer would find their declarations unused and drop them.
    BlockBuilder body = new BlockBuilder(false);
    for (RexLambdaRef parameter : lambda.getParameters()) {
      // The names and classes Calcite gives the references to the parameters in the body.
      ParameterExpression typed = Expressions.parameter(
          JAVA_TYPES.getJavaClass(parameter.getType()), parameter.getName());
      ParameterExpression object = Expressions.parameter(Object.class, parameter.getName() + "_object");
      objects.add(object);
      body.add(Expressions.declare(Modifier.FINAL, typed, EnumUtils.convert(object, typed.getType())));
    }
    Expression result = translator.setBlock(body).translateList(List.of(lambda.getExpression())).get(0);
    body.add(Expressions.return_(null, box(result)));
    return Expressions.new_(TriFunction.class, List.of(), List.of(Expressions.methodDecl(
        Modifier.PUBLIC, Object.class, "apply", objects, body.toBlock())));
  }

  private static Expression converter(Optional<ValueConverter> converter, String direction,
      SqlType type) {
    if (converter.isEmpty()) {
      return Expressions.constant(null, ValueConverter.class);
    }
    int id = FunctionInstances.register(List.of(direction, type), converter::get);
    return Expressions.convert_(
        Expressions.call(FunctionInstances.class, "get", Expressions.constant(id)),
        ValueConverter.class);
  }

  // Same class: as is. Another number (widening, or a TINYINT Calcite made): a null-safe call.
  private static Expression number(Expression boxed, Class<?> target, String method) {
    if (boxed.getType() == target) {
      return boxed;
    }
    return Expressions.call(JavaValues.class, method, cast(boxed, Number.class));
  }

  private static Expression complex(Expression boxed, Optional<ValueConverter> converter,
      String direction, SqlType type, Class<?> javaClass) {
    if (converter.isEmpty()) {
      return cast(boxed, javaClass);
    }
    int id = FunctionInstances.register(List.of(direction, type), converter::get);
    Expression holder = Expressions.convert_(
        Expressions.call(FunctionInstances.class, "get", Expressions.constant(id)),
        ValueConverter.class);
    return Expressions.convert_(
        Expressions.call(holder, "convert", Expressions.convert_(boxed, Object.class)), javaClass);
  }

  private static Expression box(Expression e) {
    Type t = e.getType();
    return t instanceof Class<?> c && c.isPrimitive() ? EnumUtils.convert(e, Primitive.box(c)) : e;
  }

  private static Expression cast(Expression e, Class<?> target) {
    Type t = e.getType();
    if (t instanceof Class<?> c && target.isAssignableFrom(c)) {
      return e;
    }
    return Expressions.convert_(e, target);
  }

  private static Class<?> boxed(Class<?> c) {
    return c.isPrimitive() ? Primitive.box(c) : c;
  }
}
