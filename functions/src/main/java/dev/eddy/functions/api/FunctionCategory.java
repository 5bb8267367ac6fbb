package dev.eddy.functions.api;

/** The categories {@code SHOW FUNCTIONS} groups by, named as ksqlDB names them. */
public final class FunctionCategory {

  public static final String STRING = "STRING";
  public static final String MATHEMATICAL = "MATHEMATICAL";
  public static final String DATE_TIME = "DATE / TIME";
  public static final String ARRAY = "ARRAY";
  public static final String MAP = "MAP";
  public static final String LAMBDA = "LAMBDA";
  public static final String JSON = "JSON";
  public static final String URL = "URL";
  public static final String CONDITIONAL = "CONDITIONAL";
  public static final String CONVERSIONS = "CONVERSIONS";
  public static final String REGULAR_EXPRESSION = "REGULAR EXPRESSION";
  public static final String AGGREGATE = "AGGREGATE";
  public static final String TABLE = "TABLE";
  public static final String OTHER = "OTHER";

  private FunctionCategory() {}
}
