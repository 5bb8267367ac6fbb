package dev.eddy.functions.registry;

import dev.eddy.functions.types.SqlType;
import java.util.Objects;

/**
 * One parameter of a {@link FunctionSignature}.
 *
 * @param name shown by {@code DESCRIBE FUNCTION}
 * @param type may be open (generic, any decimal, lambda); for a varargs parameter, the type of
 *     each element
 * @param literal true if the argument must be a constant of the query, such as the {@code k}
 *     of {@code TOPK(col, k)}, which is passed once when the aggregation is created
 */
public record ParameterInfo(String name, SqlType type, String description, boolean literal) {

  public ParameterInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
  }
}
