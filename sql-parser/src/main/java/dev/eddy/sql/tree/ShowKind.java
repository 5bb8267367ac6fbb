package dev.eddy.sql.tree;

/** What SHOW or LIST enumerates. */
public enum ShowKind {
  PROPERTIES,
  TOPICS,
  STREAMS,
  TABLES,
  QUERIES,
  FUNCTIONS,
  TYPES,
  VARIABLES
}
