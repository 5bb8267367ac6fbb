package dev.eddy.sql.tree;

/** ksqlDB's EMIT clause: every change as it happens, or one final result per closed window. */
public enum EmitMode {
  CHANGES,
  FINAL
}
