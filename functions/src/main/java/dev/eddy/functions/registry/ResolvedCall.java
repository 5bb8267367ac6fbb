package dev.eddy.functions.registry;

import dev.eddy.functions.types.SqlType;
import java.util.List;

/**
 * The outcome of overload resolution for one call.
 *
 * @param signature the chosen overload
 * @param argumentTypes per argument (varargs expanded), the type the engine must convert the
 *     argument to before the call: a BIGINT parameter given an INTEGER says BIGINT
 * @param returnType the call's concrete result type (for a table function, the row type)
 * @param cost how much widening the call needed; 0 for an exact match
 */
public record ResolvedCall(
    FunctionSignature signature, List<SqlType> argumentTypes, SqlType returnType, int cost) {

  public ResolvedCall {
    argumentTypes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(argumentTypes));
  }
}
