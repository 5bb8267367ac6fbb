package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCallBinding;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.type.FunctionSqlType;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Resolves a call of a registry function from Calcite argument types. Validation, return type
 * inference and code generation all resolve through here, so they always pick the same
 * overload: resolution is a pure function of the argument types.
 */
final class CallResolution {

  private CallResolution() {}

  /**
   * True while an argument is still of type ANY: inside a lambda body the validator first types
   * the parameters as ANY, and types the body again once the enclosing call has given them their
   * types (see {@link LambdaOperands}). Such a first pass is let through untyped.
   */
  static boolean awaitsLambdaTypes(SqlOperatorBinding binding) {
    for (int i = 0; i < binding.getOperandCount(); i++) {
      if (binding.getOperandType(i).getSqlTypeName() == SqlTypeName.ANY) {
        return true;
      }
    }
    return false;
  }

  /** Resolves a call being validated or built (a {@code SqlCallBinding} or {@code RexCallBinding}). */
  static ResolvedCall resolve(FunctionDescriptor function, SqlOperatorBinding binding) {
    List<RelDataType> relTypes = new ArrayList<>(binding.getOperandCount());
    for (int i = 0; i < binding.getOperandCount(); i++) {
      relTypes.add(binding.getOperandType(i));
    }
    if (binding instanceof RexCallBinding rex) {
      return resolveOperands(function, rex.operands());
    }
    List<SqlType> types = new ArrayList<>(relTypes.size());
    for (int i = 0; i < relTypes.size(); i++) {
      types.add(binding instanceof SqlCallBinding call && call.operand(i) instanceof SqlLambda lambda
          ? lambdaType(function, relTypes, call.getValidator(), lambda, relTypes.get(i))
          : sqlType(function, relTypes, relTypes.get(i)));
    }
    return resolve(function, relTypes, types);
  }

  // The validator's type of a lambda lists its parameters in hash order; take them in the
  // order written, with the types LambdaOperands gave them.
  private static SqlType lambdaType(FunctionDescriptor function, List<RelDataType> relTypes,
      SqlValidator validator, SqlLambda lambda, RelDataType validated) {
    if (!(validated instanceof FunctionSqlType typed)) {
      return sqlType(function, relTypes, validated);
    }
    SqlLambdaScope scope = (SqlLambdaScope) validator.getLambdaScope(lambda);
    List<SqlType> inputs = new ArrayList<>();
    for (SqlNode p : lambda.getParameters()) {
      inputs.add(sqlType(function, relTypes, scope.getParameterTypes().get(p.toString())));
    }
    return SqlTypes.lambda(inputs, sqlType(function, relTypes, typed.getReturnType()));
  }

  /** Resolves a call in a plan, whose lambda arguments are {@link RexLambda}s. */
  static ResolvedCall resolveOperands(FunctionDescriptor function, List<RexNode> operands) {
    List<RelDataType> relTypes = operands.stream().map(RexNode::getType).toList();
    List<SqlType> types = new ArrayList<>(operands.size());
    for (RexNode operand : operands) {
      types.add(operand instanceof RexLambda lambda ? lambdaType(function, relTypes, lambda)
          : sqlType(function, relTypes, operand.getType()));
    }
    return resolve(function, relTypes, types);
  }

  /** Resolves a call from argument types alone (no lambda arguments). */
  static ResolvedCall resolveTypes(FunctionDescriptor function, List<RelDataType> argumentTypes) {
    return resolve(function, argumentTypes, sqlTypes(function, argumentTypes));
  }

  /** The functions-module type of every argument; null for an untyped NULL. */
  static List<SqlType> sqlTypes(FunctionDescriptor function, List<RelDataType> relTypes) {
    List<SqlType> types = new ArrayList<>(relTypes.size());
    for (RelDataType t : relTypes) {
      types.add(sqlType(function, relTypes, t));
    }
    return types;
  }

  // A RexLambda is typed as its body; its parameters carry the input types.
  private static SqlType lambdaType(FunctionDescriptor function, List<RelDataType> relTypes,
      RexLambda lambda) {
    List<SqlType> inputs = new ArrayList<>();
    for (RexLambdaRef p : lambda.getParameters()) {
      inputs.add(sqlType(function, relTypes, p.getType()));
    }
    return SqlTypes.lambda(inputs, sqlType(function, relTypes, lambda.getExpression().getType()));
  }

  private static SqlType sqlType(FunctionDescriptor function, List<RelDataType> relTypes,
      RelDataType type) {
    try {
      return FunctionTypes.toSqlType(type);
    } catch (IllegalArgumentException e) {
      throw new FunctionException(noMatch(function, relTypes));
    }
  }

  /**
   * The resolved overload.
   *
   * @throws FunctionException if no overload accepts the arguments (or several do equally well)
   */
  private static ResolvedCall resolve(FunctionDescriptor function, List<RelDataType> relTypes,
      List<SqlType> types) {
    try {
      return function.resolve(types);
    } catch (FunctionException e) {
      throw explain(function, relTypes, types, e);
    }
  }

  // The registry words "no overload fits" its own way; Eddy lists the signatures on one line,
  // as the rest of its validation messages read. Ambiguity and uninferable generics keep the
  // registry's message, which already says what to do.
  private static FunctionException explain(FunctionDescriptor function,
      List<RelDataType> argumentTypes, List<SqlType> types, FunctionException e) {
    boolean anyFits = false;
    for (FunctionSignature s : function.overloads()) {
      try {
        s.resolveReturnType(types);
        anyFits = true;
      } catch (FunctionException notThisOne) {
        if (notThisOne.getMessage().startsWith("Cannot infer")) {
          return notThisOne;
        }
      }
    }
    return anyFits ? e : new FunctionException(noMatch(function, argumentTypes));
  }

  /** The message for arguments no overload accepts. */
  static String noMatch(FunctionDescriptor function, List<RelDataType> argumentTypes) {
    return FunctionResource.INSTANCE.wrongArguments(function.name(),
        Signatures.arguments(argumentTypes), Signatures.all(function)).str();
  }
}
