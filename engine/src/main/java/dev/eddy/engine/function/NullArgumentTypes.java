package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.type.SqlOperandTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Gives an untyped {@code NULL} argument the type of the parameter it is passed to, as the
 * resolved overload declares it ({@code LEN(NULL)} passes a NULL STRING). Calcite asks before
 * it types the call; a NULL whose parameter is still generic keeps no type and the validator
 * reports it.
 */
final class NullArgumentTypes implements SqlOperandTypeInference {

  private final FunctionDescriptor function;

  NullArgumentTypes(FunctionDescriptor function) {
    this.function = function;
  }

  @Override public void inferOperandTypes(SqlCallBinding binding, RelDataType returnType,
      RelDataType[] operandTypes) {
    List<RelDataType> known = new ArrayList<>();
    for (int i = 0; i < binding.getOperandCount(); i++) {
      known.add(SqlUtil.isNullLiteral(binding.operand(i), false)
          ? binding.getTypeFactory().createSqlType(SqlTypeName.NULL)
          : binding.getOperandType(i));
    }
    ResolvedCall resolved;
    try {
      resolved = CallResolution.resolveTypes(function, known);
    } catch (FunctionException e) {
      return; // the operand checker reports it, with the call's position
    }
    for (int i = 0; i < operandTypes.length && i < known.size(); i++) {
      SqlType target = resolved.argumentTypes().get(i);
      if (known.get(i).getSqlTypeName() == SqlTypeName.NULL && target.isConcrete()) {
        operandTypes[i] = FunctionTypes.toRelDataType(target, binding.getTypeFactory());
      }
    }
  }
}
