package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.function.AggregateCalls;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.engine.function.FunctionTypes;
import dev.eddy.engine.plan.EddyAggregate;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.Optional;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlNode;

/**
 * ksqlDB keeps each aggregate's intermediate state (AVG's sum and count, STDDEV's moments) in
 * the value format of the rows it aggregates, so it refuses an aggregate whose state that format
 * cannot hold, such as a STRUCT under DELIMITED. Eddy's state store could hold it, but refusing
 * the same queries keeps a query's meaning the same in both engines.
 */
final class AggregateStateFormats {

  private final EddyOperatorTable functions;
  private final RelDataTypeFactory typeFactory;

  AggregateStateFormats(EddyOperatorTable functions, RelDataTypeFactory typeFactory) {
    this.functions = functions;
    this.typeFactory = typeFactory;
  }

  void check(RelNode plan, SourceDefinition source, SqlNode at) {
    if (plan instanceof EddyAggregate aggregate) {
      for (AggregateCall call : aggregate.getAggCallList()) {
        stateType(call, aggregate.getInput().getRowType()).ifPresent(state -> checkHolds(call, state, source, at));
      }
    }
    plan.getInputs().forEach(input -> check(input, source, at));
  }

  private Optional<RelDataType> stateType(AggregateCall call, RelDataType inputType) {
    Optional<ResolvedCall> resolved = AggregateCalls.resolve(functions, call, inputType);
    try {
      return resolved.map(r -> FunctionTypes.toRelDataType(r.aggregateType(), typeFactory));
    } catch (FunctionException e) {
      return Optional.empty();
    }
  }

  private void checkHolds(AggregateCall call, RelDataType state, SourceDefinition source, SqlNode at) {
    RelDataType row = typeFactory.builder().add("STATE", state).build();
    try {
      Formats.of(source.valueFormat()).serializer(row, SerdeTarget.VALUE, FormatOptions.of(source.formatOptions()));
    } catch (FormatException e) {
      throw new PositionedException(at.getParserPosition(), call.getAggregation().getName() + " keeps its state as "
          + TypeNames.of(state) + ", which the " + source.valueFormat() + " value format of "
          + source.name() + " cannot hold. Aggregate a copy of " + source.name() + " in another format, e.g. JSON.");
    }
  }
}
