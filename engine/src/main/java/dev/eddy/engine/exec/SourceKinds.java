package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.SourceKind;

/** Maps the parser's source kinds to the catalog's. */
final class SourceKinds {

  private SourceKinds() {}

  static SourceKind of(dev.eddy.sql.tree.SourceKind kind) {
    return kind == dev.eddy.sql.tree.SourceKind.STREAM ? SourceKind.STREAM : SourceKind.TABLE;
  }
}
