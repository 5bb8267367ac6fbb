package dev.eddy.functions.registry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scalar or table function overload: a public Java method and the instance it runs on.
 *
 * <p>Generated code should call {@link #method()} on {@link #target()} directly, or the bound
 * {@link #handle()}; both take a varargs parameter as a Java array, as Java does. The engine
 * converts each argument to the parameter type the overload resolution chose before the call
 * (an INTEGER passed to a BIGINT parameter becomes a Long). {@link #invoke} does the varargs
 * packing itself and is meant for tests, constant folding and interpreters.
 */
public final class MethodImplementation implements FunctionImplementation {

  private final Method method;
  private final Object target;
  private final MethodHandle handle;

  MethodImplementation(Method method, Object target) {
    this.method = method;
    this.target = Modifier.isStatic(method.getModifiers()) ? null : target;
    try {
      MethodHandle h = MethodHandles.publicLookup().unreflect(method);
      this.handle = (this.target == null ? h : h.bindTo(this.target)).asFixedArity();
    } catch (IllegalAccessException e) {
      throw new FunctionException("UDF method must be public in a public class: " + method, e);
    }
  }

  public Method method() {
    return method;
  }

  /** The UDF instance, or null for a static method. */
  public Object target() {
    return target;
  }

  /** The method bound to its instance, fixed arity (varargs as one trailing array). */
  public MethodHandle handle() {
    return handle;
  }

  public boolean isVarArgs() {
    return method.isVarArgs();
  }

  /**
   * Calls the function with one value per SQL argument, packing trailing arguments into the
   * varargs array.
   *
   * @throws dev.eddy.functions.api.UdfException as the function threw it
   * @throws FunctionException wrapping anything else the function threw
   */
  public Object invoke(Object... sqlArgs) {
    List<Object> args = packVarargs(method, Arrays.asList(sqlArgs));
    try {
      return handle.invokeWithArguments(args);
    } catch (dev.eddy.functions.api.UdfException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new FunctionException(
          "Failed to invoke function " + method.getDeclaringClass().getSimpleName() + "."
              + method.getName() + ": " + e.getMessage(), e);
    } catch (Throwable t) {
      throw new FunctionException("Failed to invoke function " + method + ": " + t, t);
    }
  }

  /** The arguments of a call to {@code method}, the trailing ones packed if it takes varargs. */
  static List<Object> packVarargs(Method method, List<?> sqlArgs) {
    if (!method.isVarArgs()) {
      return new ArrayList<>(sqlArgs);
    }
    int fixed = method.getParameterCount() - 1;
    Class<?> component = method.getParameterTypes()[fixed].getComponentType();
    Object varargs = Array.newInstance(component, sqlArgs.size() - fixed);
    for (int i = fixed; i < sqlArgs.size(); i++) {
      Array.set(varargs, i - fixed, sqlArgs.get(i));
    }
    List<Object> packed = new ArrayList<>(sqlArgs.subList(0, fixed));
    packed.add(varargs);
    return packed;
  }

  @Override
  public String toString() {
    return method.getDeclaringClass().getName() + "." + method.getName();
  }
}
