package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.ParameterInfo;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The Calcite {@code Function} behind a {@link ScalarFunctionOperator}: what Calcite's code
 * generator ({@code RexImpTable}) asks for the implementor of a user-defined function.
 *
 * <p>{@link NullPolicy#NONE}: NULL arguments reach the function, which decides, as in ksqlDB.
 */
final class CalciteScalarFunction implements ImplementableFunction {

  private final FunctionDescriptor function;
  private final CallImplementor implementor;

  CalciteScalarFunction(FunctionDescriptor function) {
    this(function, false);
  }

  /** @param returnsRows a table function called for its whole list of rows (see {@link TableFunctionRows}) */
  CalciteScalarFunction(FunctionDescriptor function, boolean returnsRows) {
    this.function = function;
    this.implementor = RexImpTable.createImplementor(
        new ScalarCallImplementor(function, returnsRows), NullPolicy.NONE, false);
  }

  @Override public CallImplementor getImplementor() {
    return implementor;
  }

  // Overloads differ in their parameters; Calcite only uses these for named arguments, which
  // ksqlDB does not have, so the first overload's names stand for the function.
  @Override public List<FunctionParameter> getParameters() {
    List<ParameterInfo> params = function.overloads().get(0).parameters();
    List<FunctionParameter> out = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      int ordinal = i;
      ParameterInfo p = params.get(i);
      out.add(new FunctionParameter() {
        @Override public int getOrdinal() {
          return ordinal;
        }

        @Override public String getName() {
          return p.name();
        }

        @Override public RelDataType getType(RelDataTypeFactory typeFactory) {
          return typeFactory.createSqlType(SqlTypeName.ANY);
        }

        @Override public boolean isOptional() {
          return false;
        }
      });
    }
    return out;
  }
}
