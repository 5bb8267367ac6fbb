package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionKind;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Finds the registry implementation of an aggregate call in a plan, whether Calcite's standard
 * operator (COUNT, SUM, MIN, MAX) or an {@link AggregateFunctionOperator} was used, so the
 * engine's aggregate operator runs every aggregate the same way.
 */
public final class AggregateCalls {

  private AggregateCalls() {}

  /**
   * The resolved overload of {@code call} over rows of {@code inputRowType}; empty if the
   * registry has no aggregate of that name (a Calcite-only aggregate). COUNT(*) resolves to
   * the registry's row-counting COUNT, which takes no column.
   */
  public static Optional<ResolvedCall> resolve(EddyOperatorTable table, AggregateCall call,
      RelDataType inputRowType) {
    if (call.getAggregation() instanceof AggregateFunctionOperator ours) {
      return Optional.of(ours.resolve(argumentTypes(call, inputRowType)));
    }
    return table.registry().find(call.getAggregation().getName())
        .filter(f -> f.kind() == FunctionKind.AGGREGATE)
        .map(f -> CallResolution.resolveTypes(f, argumentTypes(call, inputRowType)));
  }

  private static List<RelDataType> argumentTypes(AggregateCall call, RelDataType inputRowType) {
    return call.getArgList().stream()
        .map(i -> inputRowType.getFieldList().get(i).getType())
        .toList();
  }
}
