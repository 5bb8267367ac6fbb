package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.registry.ParameterInfo;
import dev.eddy.functions.registry.ResolvedCall;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Checks a call's arguments against a function's overloads with the registry's overload
 * resolution (ksqlDB's implicit widening, generics), instead of Calcite's type families, and
 * reports a mismatch with every valid signature.
 *
 * <p>Unless a standard operator shares the name, it accepts any argument count so that a wrong
 * count also gets this message rather than Calcite's "No match found"; and it declares no fixed
 * parameters so that Calcite's routine lookup leaves overload choice to it.
 */
final class SignatureChecker implements SqlOperandMetadata {

  private final FunctionDescriptor function;
  private final SqlOperandCountRange counts;

  /**
   * @param exactCount declare the argument counts the overloads take, rather than any count: needed
   *     when a standard operator shares the name, so that Calcite's routine lookup can fall back
   *     to it for its own forms ({@code TRIM(BOTH 'x' FROM s)} has three operands, ksqlDB's TRIM
   *     one)
   */
  SignatureChecker(FunctionDescriptor function, boolean exactCount) {
    this.function = function;
    this.counts = exactCount ? countsOf(function) : SqlOperandCountRanges.any();
  }

  private static SqlOperandCountRange countsOf(FunctionDescriptor function) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (FunctionSignature s : function.overloads()) {
      int n = s.parameters().size();
      min = Math.min(min, s.isVarargs() ? n - 1 : n);
      max = s.isVarargs() || max < 0 ? -1 : Math.max(max, n);
    }
    return max < 0 ? SqlOperandCountRanges.from(min) : SqlOperandCountRanges.between(min, max);
  }

  @Override public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
    if (CallResolution.awaitsLambdaTypes(binding)) {
      return true;
    }
    if (LambdaOperands.any(binding)) {
      LambdaOperands.type(function, binding);
    }
    ResolvedCall resolved;
    try {
      resolved = CallResolution.resolve(function, binding);
    } catch (FunctionException e) {
      if (throwOnFailure) {
        throw binding.newValidationError(FunctionResource.INSTANCE.functionError(e.getMessage()));
      }
      return false;
    }
    List<ParameterInfo> params = resolved.signature().parameters();
    int operands = binding.getOperandCount();
    for (int i = 0; i < operands; i++) {
      ParameterInfo p = params.get(resolved.signature().parameterIndex(i, operands));
      if (p.literal() && !binding.isOperandLiteral(i, true)) {
        if (throwOnFailure) {
          throw binding.newValidationError(
              FunctionResource.INSTANCE.literalRequired(function.name(), i + 1));
        }
        return false;
      }
    }
    return true;
  }

  @Override public SqlOperandCountRange getOperandCountRange() {
    return counts;
  }

  @Override public String getAllowedSignatures(SqlOperator op, String opName) {
    return Signatures.all(function);
  }

  @Override public boolean isFixedParameters() {
    return false;
  }

  // Only consulted for calls with named arguments, which ksqlDB does not have; the first
  // overload's parameters are as good an answer as any.
  @Override public List<RelDataType> paramTypes(RelDataTypeFactory typeFactory) {
    RelDataType any = typeFactory.createSqlType(SqlTypeName.ANY);
    return first().parameters().stream().map(p -> any).toList();
  }

  @Override public List<String> paramNames() {
    return first().parameters().stream().map(ParameterInfo::name).toList();
  }

  private FunctionSignature first() {
    return function.overloads().get(0);
  }
}
