package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;

/**
 * An aggregate function of the registry as a Calcite aggregate, for validation and planning:
 * typed by overload resolution like a scalar function. Calcite does not run it; the engine's
 * aggregate operator takes {@link #resolve} of each call's argument types and runs the
 * {@code AggregateImplementation} of the signature it returns.
 */
public final class AggregateFunctionOperator extends SqlAggFunction {

  private final FunctionDescriptor function;

  AggregateFunctionOperator(FunctionDescriptor function, boolean sharesStandardName) {
    super(function.name(), SqlKind.OTHER_FUNCTION, new ResolvedReturnType(function),
        new NullArgumentTypes(function), new SignatureChecker(function, sharesStandardName),
        SqlFunctionCategory.USER_DEFINED_FUNCTION);
    this.function = function;
  }

  public FunctionDescriptor function() {
    return function;
  }

  /** The overload (with its {@code AggregateImplementation}) a call with these argument types runs. */
  public ResolvedCall resolve(List<RelDataType> argumentTypes) {
    return CallResolution.resolveTypes(function, argumentTypes);
  }
}
