/**
 * The SQL type model of functions, independent of Calcite: immutable
 * {@link dev.eddy.functions.types.SqlType}s, their mapping to Java value types
 * ({@link dev.eddy.functions.types.JavaTypes}), schema strings
 * ({@link dev.eddy.functions.types.SqlTypes#parse}), generic binding
 * ({@link dev.eddy.functions.types.TypeBindings}) and ksqlDB's implicit widening
 * ({@link dev.eddy.functions.types.ImplicitCasts}). The engine converts between these types and
 * Calcite's {@code RelDataType} in one adapter.
 */
package dev.eddy.functions.types;
