/**
 * The functions of the {@code functions} module as Calcite operators, so that Calcite's
 * validator types and checks every call and Calcite's code generator compiles it to a direct
 * Java call.
 *
 * <p>The engine builds its operator table once per registry:
 * {@code new Validators(catalog, typeFactory, EddyOperatorTable.of(registry))}.
 *
 * <ul>
 *   <li>{@link dev.eddy.engine.function.EddyOperatorTable}: registry functions in front of
 *       Calcite's standard operators (precedence rules in its Javadoc).
 *   <li>{@link dev.eddy.engine.function.ScalarFunctionOperator},
 *       {@link dev.eddy.engine.function.AggregateFunctionOperator},
 *       {@link dev.eddy.engine.function.TableFunctionOperator}: one operator per function; each
 *       call is typed by the registry's overload resolution ({@code SignatureChecker},
 *       {@code ResolvedReturnType}, {@code NullArgumentTypes}, {@code LambdaOperands}, all through
 *       {@code CallResolution}).
 *   <li>{@code ScalarCallImplementor} and {@code ConversionCode}: the generated call, with
 *       argument and result conversions as calls to {@link dev.eddy.engine.function.JavaValues},
 *       {@link dev.eddy.engine.function.ValueConverter}s and
 *       {@link dev.eddy.engine.function.Lambdas}; UDF instances and converters are reached through
 *       {@link dev.eddy.engine.function.FunctionInstances}.
 *   <li>{@link dev.eddy.engine.function.AggregateCalls}: the registry implementation of an
 *       aggregate call in a plan, for the engine's aggregate operator.
 * </ul>
 *
 * <p>What the functions module cannot say yet, and this package works around: whether a
 * function is deterministic ({@code ScalarFunctionOperator} lists RANDOM and UUID); whether a
 * lambda's result type fits the parameter (the registry binds a lambda's return type without
 * checking it, so {@code FILTER(arr, x -> x)} passes an INTEGER-returning predicate).
 */
package dev.eddy.engine.function;
