package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.sql.tree.SqlDescribeFunction;

/** DESCRIBE FUNCTION name: what the function does, then one row per overload. */
final class DescribeFunctionHandler implements StatementHandler<SqlDescribeFunction> {

  private final EngineContext engine;

  DescribeFunctionHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlDescribeFunction statement, StatementContext context) {
    String name = statement.name().getSimple();
    FunctionDescriptor function = engine.functions().find(name).orElseThrow(() -> new PositionedException(
        statement.name().getParserPosition(), "Function '" + name + "' does not exist."
            + NearestNames.hint(name,
                engine.functions().list().stream().map(FunctionDescriptor::name).toList())));
    String header = "Name        : " + function.name() + "\n"
        + "Type        : " + function.kind().name() + "\n"
        + "Category    : " + function.category() + "\n"
        + "Description : " + function.description() + "\n"
        + "Source      : " + function.source() + "\n";
    Tables table = Tables.withHeader(context, header, "Variation", "Returns", "Description");
    for (FunctionSignature overload : function.overloads()) {
      String parameters = function.name() + overload.parameterList();
      table.row(parameters, String.valueOf(overload.returnType()), overload.description());
    }
    return table.build();
  }
}
