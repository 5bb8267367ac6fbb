package dev.eddy.functions.registry;

import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlTypeVariable;
import dev.eddy.functions.types.TypeBindings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The outcome of overload resolution for one call.
 *
 * @param signature the chosen overload
 * @param argumentTypes per argument (varargs expanded), the type the engine must convert the
 *     argument to before the call: a BIGINT parameter given an INTEGER says BIGINT
 * @param returnType the call's concrete result type (for a table function, the row type)
 * @param cost how much widening the call needed; 0 for an exact match
 * @param typeBindings what each type variable of the signature was bound to
 */
public record ResolvedCall(
    FunctionSignature signature,
    List<SqlType> argumentTypes,
    SqlType returnType,
    int cost,
    Map<String, SqlType> typeBindings) {

  public ResolvedCall {
    argumentTypes = Collections.unmodifiableList(new ArrayList<>(argumentTypes));
    typeBindings = Map.copyOf(typeBindings);
  }

  /**
   * For an aggregate, the concrete type of its intermediate state for this call: the declared
   * aggregate type with generics bound; an open DECIMAL state takes the result's decimal type
   * (SUM of DECIMAL(4, 1) keeps a DECIMAL(4, 1) sum), and an open state declared the same as the
   * result takes the result's type.
   */
  public SqlType aggregateType() {
    SqlType declared = signature.aggregate().aggregateType();
    TypeBindings bindings = new TypeBindings();
    typeBindings.forEach((name, type) -> bindings.bind(new SqlTypeVariable(name), type));
    SqlType bound = bindings.substitute(declared);
    if (bound.isConcrete()) {
      return bound;
    }
    if (bound instanceof SqlDecimal && returnType instanceof SqlDecimal) {
      return returnType;
    }
    // A state declared as the result is (e.g. TOPK's ARRAY<STRUCT>) takes the resolved result.
    if (declared.equals(signature.returnType()) && returnType.isConcrete()) {
      return returnType;
    }
    throw new FunctionException("Cannot infer the aggregate state type " + bound + " of "
        + signature + "; declare @UdafFactory(aggregateSchema)");
  }
}
