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
}
