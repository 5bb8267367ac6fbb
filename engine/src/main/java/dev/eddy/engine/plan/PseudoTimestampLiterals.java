package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * ksqlDB lets a WHERE clause compare {@code ROWTIME}, {@code WINDOWSTART} or {@code WINDOWEND}
 * (epoch milliseconds) with a string such as {@code '2018-01-01T00:00:00.001'}: the string is
 * read as a point in time — as much of {@code yyyy-MM-ddTHH:mm:ss.SSS} as it gives, the rest
 * the earliest, then an optional zone ({@code Z}, {@code +0445}, {@code -02:00}; UTC without
 * one) — and compared as its milliseconds. This rewrites such strings into those numbers before
 * validation; a string of another shape is left for the validator to refuse.
 */
final class PseudoTimestampLiterals {

  private static final Set<String> TIME_COLUMNS = Set.of(PseudoColumn.ROWTIME.name(),
      PseudoColumn.WINDOWSTART.name(), PseudoColumn.WINDOWEND.name());
  private static final Set<SqlKind> COMPARISONS = Set.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
      SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.BETWEEN);
  private static final Pattern PARTIAL_TIMESTAMP = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?)?)?)?)?"
          + "(Z|[+-]\\d{2}(?::?\\d{2})?)?");

  private PseudoTimestampLiterals() {}

  static void apply(SqlSelect select) {
    if (select.getWhere() != null) {
      select.setWhere(select.getWhere().accept(new SqlShuttle() {
        @Override public SqlNode visit(SqlCall call) {
          SqlCall visited = (SqlCall) super.visit(call);
          if (visited != null && COMPARISONS.contains(visited.getKind())) {
            rewriteOperands(visited);
          }
          return visited;
        }
      }));
    }
  }

  /** Replaces the string operands of a comparison that has a time pseudo-column among them. */
  private static void rewriteOperands(SqlCall comparison) {
    List<SqlNode> operands = comparison.getOperandList();
    if (operands.stream().noneMatch(PseudoTimestampLiterals::isTimeColumn)) {
      return;
    }
    for (int i = 0; i < operands.size(); i++) {
      if (operands.get(i) instanceof SqlLiteral literal && literal.getTypeName().getFamily() == SqlTypeFamily.CHARACTER) {
        Long millis = millis(literal.getValueAs(String.class));
        if (millis != null) {
          comparison.setOperand(i, SqlLiteral.createExactNumeric(millis.toString(), literal.getParserPosition()));
        }
      }
    }
  }

  private static boolean isTimeColumn(SqlNode node) {
    return node instanceof SqlIdentifier id && !id.isStar() && TIME_COLUMNS.contains(id.names.get(id.names.size() - 1));
  }

  /** The milliseconds {@code text} names, or null when it is not a (partial) timestamp. */
  static Long millis(String text) {
    Matcher m = PARTIAL_TIMESTAMP.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)), part(m, 2, 1), part(m, 3, 1),
          part(m, 4, 0), part(m, 5, 0), part(m, 6, 0),
          m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3)) * 1_000_000);
      ZoneOffset zone = m.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(offsetId(m.group(8)));
      return time.toInstant(zone).toEpochMilli();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int part(Matcher m, int group, int absent) {
    return m.group(group) == null ? absent : Integer.parseInt(m.group(group));
  }

  /** {@code +0445} as {@link ZoneOffset#of} reads it, {@code +04:45}. */
  private static String offsetId(String zone) {
    if (zone.equals("Z") || zone.length() != 5) {
      return zone;
    }
    return zone.substring(0, 3) + ":" + zone.substring(3);
  }
}
