package dev.eddy.sql.tree;

import org.apache.calcite.sql.SqlWriter;

/** Writes the {@code <...>} of ksqlDB's type syntax without inner spaces: {@code ARRAY<INTEGER>}. */
final class AngleBrackets {

  private AngleBrackets() {
  }

  static void open(SqlWriter writer) {
    writer.setNeedWhitespace(false);
    writer.print("<");
    writer.setNeedWhitespace(false);
  }

  static void close(SqlWriter writer) {
    writer.setNeedWhitespace(false);
    writer.print(">");
    writer.setNeedWhitespace(true);
  }
}
