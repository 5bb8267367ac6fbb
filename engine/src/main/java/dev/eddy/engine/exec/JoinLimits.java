package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceWindow;
import dev.eddy.engine.catalog.TypeNames;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What ksqlDB cannot join, whatever the kinds of the two sides: sources in the KAFKA value
 * format, windowed sources with unwindowed ones or sessions with time windows, and join keys
 * that hold a MAP (whose serialized form, and so whose partition, varies with entry order).
 */
final class JoinLimits {

  private JoinLimits() {}

  /** Refuses sources whose values are in the KAFKA format: one unnamed column, no room for a join's result. */
  static void checkValueFormats(List<SourceDefinition> sources, SqlParserPos at) {
    List<String> kafka = sources.stream().filter(s -> s.valueFormat().equalsIgnoreCase("KAFKA"))
        .map(SourceDefinition::name).toList();
    if (!kafka.isEmpty()) {
      throw new PositionedException(at, "Cannot join " + String.join(", ", kafka) + ": a source in the KAFKA"
          + " value format cannot be joined. Copy it to another value format first, e.g. CREATE STREAM ... WITH"
          + " (VALUE_FORMAT='JSON') AS SELECT * FROM " + kafka.get(0) + ";");
    }
  }

  /**
   * Refuses joining a windowed side with an unwindowed one, or session windows with time
   * windows: their keys hold different window bounds, so no two of them are equal.
   */
  static void checkWindows(List<SourceDefinition> left, List<SourceDefinition> right, SqlParserPos at) {
    SourceDefinition leftSource = windowed(left);
    SourceDefinition rightSource = windowed(right);
    if (leftSource == null && rightSource == null) {
      return;
    }
    if (leftSource == null || rightSource == null) {
      SourceDefinition source = leftSource == null ? rightSource : leftSource;
      throw new PositionedException(at, "Cannot join windowed " + source.name() + " (" + source.window()
          + ") with an unwindowed source: a windowed key holds its window, so it never equals a plain key.");
    }
    if (leftSource.window().isSession() != rightSource.window().isSession()) {
      throw new PositionedException(at, "Cannot join " + leftSource.name() + " (" + leftSource.window() + ") with "
          + rightSource.name() + " (" + rightSource.window() + "): session windows join only session windows, and"
          + " tumbling or hopping windows only tumbling or hopping ones.");
    }
  }

  /** The first windowed source of a join side, or null. */
  static SourceDefinition windowed(List<SourceDefinition> sources) {
    return sources.stream().filter(SourceDefinition::isWindowed).findFirst().orElse(null);
  }

  /** Refuses joining a windowed source on anything but its key: its rows cannot be re-keyed with their windows. */
  static void checkWindowedKey(List<SourceDefinition> sources, SqlNode expression, Column column) {
    SourceDefinition source = windowed(sources);
    if (source != null && (column == null || !column.isKey())) {
      throw new PositionedException(expression.getParserPosition(), "Cannot join windowed " + source.name()
          + " on " + expression + ": a windowed source is joined on its key only, as its rows cannot be"
          + " repartitioned with their windows.");
    }
  }

  /** Refuses a join key holding a MAP, at any depth. */
  static void checkKeyType(SqlNode expression, Column column) {
    if (column != null && holdsMap(column.type())) {
      throw new PositionedException(expression.getParserPosition(), "Cannot join on " + expression + " of type "
          + TypeNames.of(column.type()) + ": a key holding a MAP is not supported, as equal maps may be written in"
          + " different entry orders. Join on a single value inside it instead.");
    }
  }

  private static boolean holdsMap(RelDataType type) {
    if (type.getSqlTypeName() == SqlTypeName.MAP) {
      return true;
    }
    if (type.getComponentType() != null && holdsMap(type.getComponentType())) {
      return true;
    }
    if (type.isStruct()) {
      for (RelDataTypeField field : type.getFieldList()) {
        if (holdsMap(field.getType())) {
          return true;
        }
      }
    }
    return false;
  }
}
