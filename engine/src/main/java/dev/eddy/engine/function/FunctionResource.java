package dev.eddy.engine.function;

import org.apache.calcite.runtime.Resources;
import org.apache.calcite.runtime.Resources.BaseMessage;
import org.apache.calcite.runtime.Resources.ExInst;
import org.apache.calcite.sql.validate.SqlValidatorException;

/** Validation messages about function calls, in Calcite's resource style so they carry positions. */
interface FunctionResource {

  FunctionResource INSTANCE = Resources.create(FunctionResource.class);

  @BaseMessage("Function ''{0}'' does not accept ({1}). Valid signatures: {2}")
  ExInst<SqlValidatorException> wrongArguments(String name, String arguments, String signatures);

  @BaseMessage("Argument {1,number,#} of function ''{0}'' must be a literal")
  ExInst<SqlValidatorException> literalRequired(String name, int position);

  @BaseMessage("{0}")
  ExInst<SqlValidatorException> functionError(String message);

  @BaseMessage("Function ''{0}'' does not exist.{1}")
  ExInst<SqlValidatorException> unknownFunction(String name, String didYouMean);
}
