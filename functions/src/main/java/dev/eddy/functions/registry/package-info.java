/**
 * Function declarations and their lookup, kept apart from implementations as in Calcite's
 * operator table.
 *
 * <p>A {@link dev.eddy.functions.registry.FunctionRegistry} holds
 * {@link dev.eddy.functions.registry.FunctionDescriptor}s (name, kind, category, description,
 * overloads). Each overload is a {@link dev.eddy.functions.registry.FunctionSignature}: the
 * operand types (possibly generic, varargs, lambdas, literal-only), the return type rule, and
 * its {@link dev.eddy.functions.registry.FunctionImplementation}. The engine's flow for a call:
 * <ol>
 *   <li>{@code registry.resolve(name, argTypes)} picks an overload
 *       ({@link dev.eddy.functions.registry.OverloadResolver}) and returns a
 *       {@link dev.eddy.functions.registry.ResolvedCall}: the type each argument must be
 *       converted to, and the concrete return type. For lambda arguments, ask the signature's
 *       {@code lambdaInputTypes} first, type the body, then resolve with the full lambda type.</li>
 *   <li>Generated code calls the overload's {@link dev.eddy.functions.registry.MethodImplementation}
 *       ({@code Method} + target, or a bound {@code MethodHandle}) with converted arguments;
 *       aggregates use {@link dev.eddy.functions.registry.AggregateImplementation#create} once per
 *       aggregation and keep {@link dev.eddy.functions.registry.ResolvedCall#aggregateType()}
 *       in state.</li>
 * </ol>
 * User jars in {@code eddy.extension.dir} are read by the same code as the built-ins.
 */
package dev.eddy.functions.registry;
