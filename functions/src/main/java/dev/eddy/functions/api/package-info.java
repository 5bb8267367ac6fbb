/**
 * What a user writes a function against; the same API the built-ins use.
 *
 * <ul>
 *   <li>Scalar: a class annotated {@link dev.eddy.functions.api.UdfDescription} with public
 *       {@link dev.eddy.functions.api.Udf} methods, one per overload. Generic methods
 *       ({@code <T> List<T> f(List<T>)}), varargs and lambda parameters
 *       ({@link java.util.function.Function}, {@link java.util.function.BiFunction},
 *       {@link dev.eddy.functions.api.TriFunction}) are allowed.</li>
 *   <li>Aggregate: a class annotated {@link dev.eddy.functions.api.UdafDescription} with static
 *       {@link dev.eddy.functions.api.UdafFactory} methods returning
 *       {@link dev.eddy.functions.api.Udaf} or, to aggregate tables,
 *       {@link dev.eddy.functions.api.TableUdaf}.</li>
 *   <li>Table: a class annotated {@link dev.eddy.functions.api.UdtfDescription} with
 *       {@link dev.eddy.functions.api.Udtf} methods returning a {@code List} of rows.</li>
 * </ul>
 *
 * <p>An aggregate reads up to five columns ({@link dev.eddy.functions.api.Pair} to
 * {@link dev.eddy.functions.api.Quintuple}), one of which may be variadic
 * ({@link dev.eddy.functions.api.VariadicArgs}); an {@code Object} parameter takes any type.
 *
 * <p>Values are ksqlDB's Java types: Boolean, Integer, Long, Double, BigDecimal, String,
 * ByteBuffer (BYTES), java.sql.Date/Time/Timestamp, List, Map and
 * {@link dev.eddy.functions.api.Struct}. A NULL argument arrives as {@code null}. Where a Java
 * type cannot say the SQL type (a decimal's precision, a struct's fields) the annotation's
 * {@code schema} says it in SQL syntax, or a {@link dev.eddy.functions.types.ReturnTypeResolver}
 * computes it from the argument types. Bad argument values are reported by throwing
 * {@link dev.eddy.functions.api.UdfException}.
 */
package dev.eddy.functions.api;
