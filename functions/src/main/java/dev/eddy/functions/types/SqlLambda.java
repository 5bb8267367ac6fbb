package dev.eddy.functions.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a lambda: its input types and its result type, {@code LAMBDA(T => U)}. As a
 * parameter type it comes from {@code Function}, {@code BiFunction} or {@code TriFunction}; as an
 * argument type the engine builds it once it has typed the lambda's body.
 */
public record SqlLambda(List<SqlType> inputTypes, SqlType returnType) implements SqlType {

  public SqlLambda {
    inputTypes = List.copyOf(inputTypes);
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.LAMBDA;
  }

  @Override
  public boolean isConcrete() {
    return false;
  }

  @Override
  public String toString() {
    String in = inputTypes.stream().map(SqlType::toString).collect(Collectors.joining(", "));
    return "LAMBDA(" + in + " => " + returnType + ")";
  }
}
