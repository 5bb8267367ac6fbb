package dev.eddy.engine.plan;

import org.apache.calcite.runtime.Resources;
import org.apache.calcite.runtime.Resources.BaseMessage;
import org.apache.calcite.runtime.Resources.ExInst;
import org.apache.calcite.sql.validate.SqlValidatorException;

/** Eddy's own validation messages, in Calcite's resource style so they carry positions alike. */
interface EddyResource {

  EddyResource INSTANCE = Resources.create(EddyResource.class);

  @BaseMessage("Column ''{0}'' not found.{1}")
  ExInst<SqlValidatorException> columnNotFound(String name, String didYouMean);

  @BaseMessage("A value of type {0} cannot be stored in column {1} of type {2}.")
  ExInst<SqlValidatorException> cannotAssign(String valueType, String column, String columnType);

  @BaseMessage("Stream or table ''{0}'' does not exist.{1}")
  ExInst<SqlValidatorException> sourceNotFound(String name, String didYouMean);

  @BaseMessage("Cannot compare {0} ({1}) with {2} ({3}) using {4}{5}")
  ExInst<SqlValidatorException> cannotCompare(String left, String leftType, String right, String rightType,
      String operator, String why);

  @BaseMessage("''{0}'' cannot be read as a value of type {1}, so it cannot be compared with {2}.")
  ExInst<SqlValidatorException> notAValue(String literal, String type, String other);

  @BaseMessage("The struct has two fields named {0}: each field needs its own name.")
  ExInst<SqlValidatorException> duplicateStructField(String name);
}
