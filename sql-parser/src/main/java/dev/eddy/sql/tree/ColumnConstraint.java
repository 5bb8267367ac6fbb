package dev.eddy.sql.tree;

/** The role of a declared column: a value column, part of the key, or read from record headers. */
public enum ColumnConstraint {
  NONE(""),
  KEY("KEY"),
  PRIMARY_KEY("PRIMARY KEY"),
  HEADERS("HEADERS"),
  /** One header, named by {@link SqlColumnDeclaration#headerKey()}. */
  HEADER("HEADER");

  private final String sql;

  ColumnConstraint(String sql) {
    this.sql = sql;
  }

  /** The keywords as written in SQL. */
  public String sql() {
    return sql;
  }
}
