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
  ROWTIME(SqlTypeName.BIGINT, false),
  /** The partition the record was read from. */
  ROWPARTITION(SqlTypeName.INTEGER, false),
  /** The record's offset within its partition. */
  ROWOFFSET(SqlTypeName.BIGINT, false),
  /**
   * The start of the record's window, epoch milliseconds: set in a windowed aggregation's rows
   * and in rows read from a windowed table; NULL elsewhere.
   */
  WINDOWSTART(SqlTypeName.BIGINT, true),
  /** The end of the record's window (exclusive for time windows, the last event for sessions). */
  WINDOWEND(SqlTypeName.BIGINT, true);

  private final SqlTypeName type;
  private final boolean nullable;

  PseudoColumn(SqlTypeName type, boolean nullable) {
    this.type = type;
    this.nullable = nullable;
  }

  public RelDataType type(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(typeFactory.createSqlType(type), nullable);
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
    return named(upper).isPresent();
  }
}
