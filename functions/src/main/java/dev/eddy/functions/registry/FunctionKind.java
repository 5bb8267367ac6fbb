package dev.eddy.functions.registry;

/** What a function does with rows. */
public enum FunctionKind {
  /** One value per row. */
  SCALAR,
  /** One value per group, folded from the group's rows. */
  AGGREGATE,
  /** Zero or more rows per input row. */
  TABLE
}
