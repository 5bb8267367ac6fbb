package dev.eddy.sql.tree;

/** The three ksqlDB window kinds, each mapped to a standard window table function. */
public enum WindowType {
  TUMBLING("TUMBLE"),
  HOPPING("HOP"),
  SESSION("SESSION");

  private final String tableFunction;

  WindowType(String tableFunction) {
    this.tableFunction = tableFunction;
  }

  /** Name of the matching standard window table function. */
  public String tableFunction() {
    return tableFunction;
  }
}
