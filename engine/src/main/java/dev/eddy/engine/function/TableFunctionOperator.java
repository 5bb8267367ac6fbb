package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;

/**
 * A table function of the registry (EXPLODE, CUBE_EXPLODE) as ksqlDB uses it: in the SELECT
 * list, {@code SELECT EXPLODE(arr) FROM s}, typed as one output value (the element type). It
 * validates like a scalar function, but Calcite cannot compile it: the planner must move each
 * such call out of the projection into a flat-map operator that calls the overload of
 * {@link #resolve} once per input row and emits one row per element of the returned list.
 */
public final class TableFunctionOperator extends SqlFunction {

  private final FunctionDescriptor function;
  private final TableFunctionRows rows;

  TableFunctionOperator(FunctionDescriptor function) {
    super(function.name(), SqlKind.OTHER_FUNCTION, new ResolvedReturnType(function),
        new NullArgumentTypes(function), new SignatureChecker(function, false),
        SqlFunctionCategory.USER_DEFINED_FUNCTION);
    this.function = function;
    this.rows = new TableFunctionRows(function);
  }

  /** The operator that computes, for one input row, the list of all this function's rows. */
  public TableFunctionRows rows() {
    return rows;
  }

  public FunctionDescriptor function() {
    return function;
  }

  /** The overload a call with these argument types runs; its method returns a List. */
  public ResolvedCall resolve(List<RelDataType> argumentTypes) {
    return CallResolution.resolveTypes(function, argumentTypes);
  }

  // One input row becomes several: never fold it into a constant.
  @Override public boolean isDeterministic() {
    return false;
  }
}
