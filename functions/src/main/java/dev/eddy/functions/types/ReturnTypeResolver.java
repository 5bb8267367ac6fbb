package dev.eddy.functions.types;

import java.util.List;

/**
 * Computes a function's return type from its argument types, for results Java's types cannot
 * describe: the precision of {@code ROUND(DECIMAL(10, 3), 1)}, the schema of a struct built from
 * the arguments. Implementations need a public no-argument constructor and no state.
 *
 * <p>{@code argumentTypes} are the call's argument types after implicit widening to the
 * overload's parameter types, one per argument (varargs expanded); an element is {@code null}
 * where the argument is an untyped {@code NULL}.
 */
@FunctionalInterface
public interface ReturnTypeResolver {

  SqlType resolve(List<SqlType> argumentTypes);

  /** Marker default of the annotations: no resolver. */
  final class None implements ReturnTypeResolver {
    @Override
    public SqlType resolve(List<SqlType> argumentTypes) {
      throw new UnsupportedOperationException("no return type resolver");
    }
  }
}
