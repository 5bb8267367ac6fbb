package dev.eddy.engine.catalog;

import java.util.Locale;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Columns every source has without declaring them. They follow the declared columns in a
 * source's row type, in this order, and {@code SELECT *} leaves them out, as ksqlDB does.
 */
public enum PseudoColumn {
  /** The record's event time in epoch milliseconds: the record timestamp or the TIMESTAMP column. */
  ROWTIME(SqlTypeName.BIGINT),
  /** The partition the record was read from. */
  ROWPARTITION(SqlTypeName.INTEGER),
  /** The record's offset within its partition. */
  ROWOFFSET(SqlTypeName.BIGINT);

  private final SqlTypeName type;

  PseudoColumn(SqlTypeName type) {
    this.type = type;
  }

  public RelDataType type(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(typeFactory.createSqlType(type), false);
  }

  /** The pseudo-column with this name, matched exactly (names are upper case once folded). */
  public static Optional<PseudoColumn> named(String name) {
    for (PseudoColumn column : values()) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Whether a user may not declare a column with this name. */
  public static boolean isReserved(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return named(upper).isPresent() || upper.equals("WINDOWSTART") || upper.equals("WINDOWEND");
  }
}
