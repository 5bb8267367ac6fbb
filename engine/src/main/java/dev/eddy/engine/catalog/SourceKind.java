package dev.eddy.engine.catalog;

/** A stream is an append-only sequence of facts; a table holds the latest value per key. */
public enum SourceKind {
  STREAM,
  TABLE;

  /** The word ksqlDB users see in listings and messages. */
  public String displayName() {
    return this == STREAM ? "stream" : "table";
  }
}
