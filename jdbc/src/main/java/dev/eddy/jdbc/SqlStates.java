package dev.eddy.jdbc;

/** The SQLSTATE codes the driver reports (SQL:2011 and ODBC classes). */
final class SqlStates {

  private SqlStates() {}

  static final String WARNING = "01000";
  static final String CONNECTION_FAILURE = "08001";
  static final String CONNECTION_CLOSED = "08003";
  static final String CONNECTION_LOST = "08S01";
  static final String FEATURE_NOT_SUPPORTED = "0A000";
  static final String INVALID_CURSOR_STATE = "24000";
  static final String DATA_EXCEPTION = "22000";
  static final String NUMERIC_OUT_OF_RANGE = "22003";
  static final String INVALID_CAST = "22018";
  static final String INVALID_PARAMETER_VALUE = "22023";
  static final String SYNTAX_ERROR = "42000";
  static final String UNKNOWN_TABLE = "42S02";
  static final String UNKNOWN_COLUMN = "42S22";
  static final String GENERAL_ERROR = "HY000";
  static final String OPERATION_CANCELLED = "HY008";
  static final String INVALID_ARGUMENT = "HY009";
  static final String INVALID_ATTRIBUTE_VALUE = "HY024";
  static final String TIMEOUT = "HYT00";
  static final String NO_TRANSACTIONS = "25000";
}
