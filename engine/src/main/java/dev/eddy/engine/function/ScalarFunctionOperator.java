package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * A scalar function of the registry as a Calcite operator: typed by overload resolution, and
 * compiled by Calcite's code generator to a direct call of the chosen overload (see
 * {@link ScalarCallImplementor}). One operator per function; the overload is picked per call.
 */
public final class ScalarFunctionOperator extends SqlUserDefinedFunction {

  // The descriptor cannot say yet whether a function is deterministic (see the package note);
  // these built-ins are not, and must never be folded into constants by the planner.
  private static final Set<String> NON_DETERMINISTIC = Set.of("RANDOM", "UUID");

  private final FunctionDescriptor function;

  ScalarFunctionOperator(FunctionDescriptor function, boolean sharesStandardName) {
    super(new SqlIdentifier(function.name(), SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
        new ResolvedReturnType(function), new NullArgumentTypes(function),
        new SignatureChecker(function, sharesStandardName), new CalciteScalarFunction(function));
    this.function = function;
  }

  public FunctionDescriptor function() {
    return function;
  }

  /** The overload a call with these argument types runs. */
  public ResolvedCall resolve(List<RelDataType> argumentTypes) {
    return CallResolution.resolveTypes(function, argumentTypes);
  }

  @Override public boolean isDeterministic() {
    return !NON_DETERMINISTIC.contains(function.name());
  }
}
