package dev.eddy.functions.types;

/** The kind of a {@link SqlType}, without its parameters. */
public enum SqlBaseType {
  BOOLEAN,
  INTEGER,
  BIGINT,
  DECIMAL,
  DOUBLE,
  STRING,
  BYTES,
  DATE,
  TIME,
  TIMESTAMP,
  ARRAY,
  MAP,
  STRUCT,
  /** The type of a lambda argument, {@code (x) => ...}; only ever a parameter type. */
  LAMBDA,
  /** A generic placeholder such as {@code T}, bound when a call's argument types are known. */
  TYPE_VARIABLE;

  public boolean isNumber() {
    return this == INTEGER || this == BIGINT || this == DECIMAL || this == DOUBLE;
  }
}
