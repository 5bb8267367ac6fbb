package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import org.apache.calcite.sql.SqlNode;

/** Executes one kind of statement. Handlers are stateless; the engine holds one of each. */
@FunctionalInterface
interface StatementHandler<T extends SqlNode> {

  StatementResult execute(T statement, StatementContext context);
}
