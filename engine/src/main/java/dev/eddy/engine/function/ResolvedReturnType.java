package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A call's type is the resolved overload's return type (generics bound, decimal precision
 * computed by the function's resolver), always nullable: a ksqlDB function may return NULL for
 * any input.
 */
final class ResolvedReturnType implements SqlReturnTypeInference {

  private final FunctionDescriptor function;

  ResolvedReturnType(FunctionDescriptor function) {
    this.function = function;
  }

  @Override public RelDataType inferReturnType(SqlOperatorBinding binding) {
    if (CallResolution.awaitsLambdaTypes(binding)) {
      return binding.getTypeFactory().createTypeWithNullability(
          binding.getTypeFactory().createSqlType(SqlTypeName.ANY), true);
    }
    try {
      return FunctionTypes.toRelDataType(
          CallResolution.resolve(function, binding).returnType(),
          binding.getTypeFactory());
    } catch (FunctionException | IllegalArgumentException e) {
      throw binding.newError(FunctionResource.INSTANCE.functionError(e.getMessage()));
    }
  }
}
