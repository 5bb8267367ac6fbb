package dev.eddy.functions.registry;

import dev.eddy.functions.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the overload of a function for a call's argument types, as ksqlDB does: an exact match
 * wins; otherwise the candidate needing the least implicit widening (INTEGER → BIGINT →
 * DECIMAL → DOUBLE); fixed arity beats varargs. Two equally good candidates are an error unless
 * an untyped NULL caused the tie, in which case the first declared wins.
 */
public final class OverloadResolver {

  private OverloadResolver() {}

  public static ResolvedCall resolve(FunctionDescriptor function, List<SqlType> argumentTypes) {
    List<ResolvedCall> best = new ArrayList<>();
    for (FunctionSignature s : function.overloads()) {
      Optional<ResolvedCall> m = s.match(argumentTypes);
      if (m.isEmpty()) {
        continue;
      }
      if (best.isEmpty() || m.get().cost() < best.get(0).cost()) {
        best.clear();
        best.add(m.get());
      } else if (m.get().cost() == best.get(0).cost()) {
        best.add(m.get());
      }
    }
    if (best.isEmpty()) {
      throw new FunctionException("Function '" + function.name() + "' does not accept parameters "
          + describe(argumentTypes) + ".\nValid alternatives are:\n" + alternatives(function));
    }
    if (best.size() > 1 && !argumentTypes.contains(null)) {
      throw new FunctionException("Function '" + function.name()
          + "' cannot be resolved due to ambiguous method parameters "
          + describe(argumentTypes) + ".\nCandidates are:\n"
          + best.stream().map(c -> c.signature().toString()).collect(Collectors.joining("\n")));
    }
    return best.get(0);
  }

  static String alternatives(FunctionDescriptor function) {
    return function.overloads().stream()
        .map(FunctionSignature::toString)
        .collect(Collectors.joining("\n"));
  }

  static String describe(List<SqlType> types) {
    return types.stream()
        .map(t -> t == null ? "NULL" : t.toString())
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
