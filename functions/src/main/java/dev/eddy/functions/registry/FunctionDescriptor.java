package dev.eddy.functions.registry;

import dev.eddy.functions.types.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine and {@code SHOW/DESCRIBE FUNCTION} need to know about one function:
 * what it is called, what kind it is, and its overloads. Immutable.
 *
 * @param name upper-case SQL name
 * @param source {@code "built-in"} or the path of the extension jar it came from
 */
public record FunctionDescriptor(
    String name,
    FunctionKind kind,
    String category,
    String description,
    String author,
    String version,
    String source,
    List<FunctionSignature> overloads) {

  public static final String BUILT_IN = "built-in";

  public FunctionDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    overloads = List.copyOf(overloads);
  }

  public boolean isBuiltIn() {
    return BUILT_IN.equals(source);
  }

  /** Resolves a call; see {@link OverloadResolver}. */
  public ResolvedCall resolve(List<SqlType> argumentTypes) {
    return OverloadResolver.resolve(this, argumentTypes);
  }

  /** Resolves a call and returns its result type. */
  public SqlType returnType(List<SqlType> argumentTypes) {
    return resolve(argumentTypes).returnType();
  }
}
