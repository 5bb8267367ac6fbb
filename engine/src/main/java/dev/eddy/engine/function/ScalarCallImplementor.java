package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.MethodImplementation;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NotNullImplementor;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;

/**
 * Generates a direct Java call to the overload a scalar function call resolves to:
 * {@code Udf.method(args)} for a static method, {@code ((Udf) FunctionInstances.get(n)).method(args)}
 * for an instance method, with each argument converted to the parameter's Java type, a varargs
 * tail packed into an array, and the result converted back to Calcite's internal value.
 *
 * <p>The overload is chosen here, at code-generation time, from the call's operand types — the
 * same choice validation made — so no row ever pays for overload resolution.
 */
final class ScalarCallImplementor implements NotNullImplementor {

  private final FunctionDescriptor function;
  private final boolean returnsRows;

  /**
   * @param returnsRows whether the function is a table function, whose method returns the list
   *     of its rows: the call's value is then an ARRAY of the resolved (row) type
   */
  ScalarCallImplementor(FunctionDescriptor function, boolean returnsRows) {
    this.function = function;
    this.returnsRows = returnsRows;
  }

  @Override public Expression implement(RexToLixTranslator translator, RexCall call,
      List<Expression> operands) {
    // In a program, operands are references to its expressions; a lambda must be seen as one.
    List<RexNode> rexOperands = call.getOperands().stream()
        .map(o -> o instanceof RexLocalRef ? translator.deref(o) : o)
        .toList();
    ResolvedCall resolved = CallResolution.resolveOperands(function, rexOperands);
    List<SqlType> actual = actualTypes(rexOperands, resolved);
    operands = new ArrayList<>(operands);
    for (int i = 0; i < operands.size(); i++) {
      if (rexOperands.get(i) instanceof RexLambda lambda && lambda.getParameters().size() == 3) {
        operands.set(i, ConversionCode.triFunction(translator, lambda));
      }
    }
    MethodImplementation implementation = resolved.signature().method();
    Method method = implementation.method();
    Class<?>[] parameters = method.getParameterTypes();
    int fixed = method.isVarArgs() ? parameters.length - 1 : parameters.length;

    List<Expression> arguments = new ArrayList<>();
    for (int i = 0; i < fixed; i++) {
      arguments.add(argument(operands, actual, resolved, i, parameters[i]));
    }
    if (method.isVarArgs()) {
      Class<?> element = parameters[fixed].getComponentType();
      List<Expression> tail = new ArrayList<>();
      for (int i = fixed; i < operands.size(); i++) {
        tail.add(argument(operands, actual, resolved, i, element));
      }
      arguments.add(Expressions.newArrayInit(element, tail));
    }
    return ConversionCode.fromJava(guarded(implementation, arguments),
        returnsRows ? new SqlArray(resolved.returnType()) : resolved.returnType());
  }

  /**
   * The call run through {@link FunctionFailures#guard}, NULL when the function throws. The
   * arguments are computed outside and handed over in an array: generated code may sit inside
   * a lambda, whose parameters an inner class could not capture.
   */
  private static Expression guarded(MethodImplementation implementation, List<Expression> arguments) {
    Method method = implementation.method();
    ParameterExpression args = Expressions.parameter(Modifier.FINAL, Object[].class, "args");
    List<Expression> unpacked = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      unpacked.add(EnumUtils.convert(Expressions.arrayIndex(args, Expressions.constant(i)),
          method.getParameterTypes()[i]));
    }
    Expression body = Expressions.convert_(Expressions.call(instance(implementation), method, unpacked),
        Object.class);
    Expression guard = Expressions.call(FunctionFailures.class, "guard", FunctionFailures.FAILURES,
        Expressions.lambda(Function1.class, body, args),
        Expressions.newArrayInit(Object.class, arguments.stream()
            .map(a -> Expressions.convert_(a, Object.class)).toList()));
    return Expressions.convert_(guard, Primitive.box(method.getReturnType()));
  }

  private static Expression argument(List<Expression> operands, List<SqlType> actual,
      ResolvedCall resolved, int i, Class<?> parameterClass) {
    return ConversionCode.toJava(operands.get(i), actual.get(i),
        resolved.argumentTypes().get(i), parameterClass);
  }

  // What each argument is before conversion: its own type, except a lambda, whose type the
  // resolution completed from its parameters and body.
  private static List<SqlType> actualTypes(List<RexNode> operands, ResolvedCall resolved) {
    List<SqlType> types = new ArrayList<>();
    for (int i = 0; i < operands.size(); i++) {
      RexNode operand = operands.get(i);
      types.add(operand instanceof RexLambda ? resolved.argumentTypes().get(i)
          : FunctionTypes.toSqlType(operand.getType()));
    }
    return types;
  }

  /** Null for a static method, else the shared UDF instance cast to its class. */
  private static Expression instance(MethodImplementation implementation) {
    if (implementation.target() == null) {
      return null;
    }
    int id = FunctionInstances.register(implementation.target());
    return Expressions.convert_(
        Expressions.call(FunctionInstances.class, "get", Expressions.constant(id)),
        implementation.method().getDeclaringClass());
  }
}
