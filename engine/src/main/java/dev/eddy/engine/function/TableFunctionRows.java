package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * A table function called for all its rows at once: the planner replaces each
 * {@link TableFunctionOperator} call by a call of this operator, which Calcite compiles like a
 * scalar function whose value is the ARRAY of the rows the function's method returns, and a
 * flat-map operator then emits one row per element.
 */
public final class TableFunctionRows extends SqlUserDefinedFunction {

  TableFunctionRows(FunctionDescriptor function) {
    super(new SqlIdentifier(function.name(), SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
        binding -> arrayOf(new ResolvedReturnType(function).inferReturnType(binding), binding.getTypeFactory()),
        new NullArgumentTypes(function), new SignatureChecker(function, false),
        new CalciteScalarFunction(function, true));
  }

  private static RelDataType arrayOf(RelDataType element, RelDataTypeFactory factory) {
    return factory.createTypeWithNullability(factory.createArrayType(element, -1), true);
  }

  // Each input row has its own rows: never fold a call into a constant.
  @Override public boolean isDeterministic() {
    return false;
  }
}
