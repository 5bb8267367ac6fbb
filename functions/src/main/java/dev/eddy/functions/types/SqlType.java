package dev.eddy.functions.types;

/**
 * A SQL type as functions see it. Immutable, compared by value, printed in Eddy SQL syntax
 * ({@code ARRAY<DECIMAL(10, 2)>}). This model deliberately knows nothing of Calcite: the engine
 * maps it to and from Calcite's {@code RelDataType} in one place.
 *
 * <p>Besides concrete types, parameter types may be <em>open</em>: a {@link SqlTypeVariable}
 * ({@code T}), a decimal of any precision ({@link SqlDecimal#ANY}), a struct of any schema
 * ({@link SqlStruct#ANY}), or a {@link SqlLambda}. {@link #isConcrete()} tells them apart; a
 * value's type is always concrete.
 */
public sealed interface SqlType
    permits SqlPrimitiveType, SqlDecimal, SqlArray, SqlMap, SqlStruct, SqlTypeVariable, SqlLambda {

  SqlBaseType baseType();

  /** True if this type contains no type variable, wildcard or lambda. */
  boolean isConcrete();
}
