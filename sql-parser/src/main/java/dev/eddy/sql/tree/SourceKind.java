package dev.eddy.sql.tree;

/** What a CREATE, DROP, ALTER or DESCRIBE names: an append-only stream or a keyed table. */
public enum SourceKind {
  STREAM,
  TABLE
}
