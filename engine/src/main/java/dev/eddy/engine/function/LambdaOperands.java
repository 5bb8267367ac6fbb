package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Types the parameters of lambda arguments ({@code TRANSFORM(arr, x => x + 1)}) before the call
 * is resolved: the validator first sees {@code x} as ANY; the overload that takes a lambda there
 * binds its inputs from the other arguments ({@code ARRAY<T>} gives {@code x} the type T), and
 * the lambda is validated again with those types, so its body has a real type the resolution
 * can use as the lambda's result.
 */
final class LambdaOperands {

  private LambdaOperands() {}

  static boolean any(SqlCallBinding binding) {
    return binding.operands().stream().anyMatch(o -> o instanceof SqlLambda);
  }

  /** Types every lambda argument of the call; leaves them as they are if no overload fits. */
  static void type(FunctionDescriptor function, SqlCallBinding binding) {
    List<SqlNode> operands = binding.operands();
    List<SqlType> others = new ArrayList<>();
    for (int i = 0; i < operands.size(); i++) {
      if (operands.get(i) instanceof SqlLambda) {
        others.add(null);
      } else if (FunctionTypes.isSupported(binding.getOperandType(i))) {
        others.add(FunctionTypes.toSqlType(binding.getOperandType(i)));
      } else {
        return;
      }
    }
    for (FunctionSignature s : function.overloads()) {
      if (fits(s, operands)) {
        for (int i = 0; i < operands.size(); i++) {
          if (operands.get(i) instanceof SqlLambda lambda) {
            retype(binding.getValidator(), lambda, s.lambdaInputTypes(i, others));
          }
        }
        return;
      }
    }
  }

  // The overload takes this many arguments, and a lambda of the same arity wherever one is given.
  private static boolean fits(FunctionSignature s, List<SqlNode> operands) {
    if (!s.accepts(operands.size())) {
      return false;
    }
    for (int i = 0; i < operands.size(); i++) {
      SqlType p = s.parameterTypeForArgument(i);
      boolean given = operands.get(i) instanceof SqlLambda;
      if (given != p instanceof dev.eddy.functions.types.SqlLambda
          || given && ((SqlLambda) operands.get(i)).getParameters().size()
              != ((dev.eddy.functions.types.SqlLambda) p).inputTypes().size()) {
        return false;
      }
    }
    return true;
  }

  private static void retype(SqlValidator validator, SqlLambda lambda, List<SqlType> inputs) {
    if (!inputs.stream().allMatch(SqlType::isConcrete)) {
      return;
    }
    SqlLambdaScope scope = (SqlLambdaScope) validator.getLambdaScope(lambda);
    for (int i = 0; i < inputs.size(); i++) {
      scope.getParameterTypes().put(lambda.getParameters().get(i).toString(),
          FunctionTypes.toRelDataType(inputs.get(i), validator.getTypeFactory()));
    }
    // The body was typed with ANY parameters; forget those types before validating again.
    lambda.getExpression().accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlIdentifier id) {
        validator.removeValidatedNodeType(id);
        return null;
      }

      @Override public Void visit(SqlCall call) {
        validator.removeValidatedNodeType(call);
        return super.visit(call);
      }
    });
    validator.removeValidatedNodeType(lambda.getExpression());
    validator.validateLambda(lambda);
  }
}
