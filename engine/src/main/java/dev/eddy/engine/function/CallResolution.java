package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionException;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.registry.ResolvedCall;
import dev.eddy.functions.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlOperatorBinding;

/**
 * Resolves a call of a registry function from Calcite argument types. Validation, return type
 * inference and code generation all resolve through here, so they always pick the same
 * overload: resolution is a pure function of the argument types.
 */
final class CallResolution {

  private CallResolution() {}

  static List<RelDataType> operandTypes(SqlOperatorBinding binding) {
    List<RelDataType> types = new ArrayList<>(binding.getOperandCount());
    for (int i = 0; i < binding.getOperandCount(); i++) {
      types.add(binding.getOperandType(i));
    }
    return types;
  }

  /**
   * The resolved overload for these argument types.
   *
   * @throws FunctionException if no overload accepts them (or several do equally well), or an
   *     argument has a type functions cannot take
   */
  static ResolvedCall resolve(FunctionDescriptor function, List<RelDataType> argumentTypes) {
    List<SqlType> types = new ArrayList<>(argumentTypes.size());
    for (RelDataType t : argumentTypes) {
      if (!FunctionTypes.isSupported(t)) {
        throw new FunctionException(noMatch(function, argumentTypes));
      }
      types.add(FunctionTypes.toSqlType(t));
    }
    try {
      return function.resolve(types);
    } catch (FunctionException e) {
      throw explain(function, argumentTypes, types, e);
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
