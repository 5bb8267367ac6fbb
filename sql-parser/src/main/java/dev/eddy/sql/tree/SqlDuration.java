package dev.eddy.sql.tree;

import java.math.BigDecimal;
import java.util.List;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A ksqlDB duration such as {@code 5 MINUTES} in SIZE, ADVANCE BY, RETENTION, GRACE PERIOD,
 * WITHIN and TIMEOUT. Kept apart from Calcite's interval literal because ksqlDB writes it
 * without quotes and allows MILLISECONDS; {@link #toInterval()} gives the standard form used in
 * window table function calls.
 */
public final class SqlDuration extends EddyCall {

  public static final SqlOperator OPERATOR = operator("DURATION", SqlKind.OTHER);

  private final long amount;
  private final TimeUnit unit;

  /** @param unit one of DAY, HOUR, MINUTE, SECOND, MILLISECOND */
  public SqlDuration(SqlParserPos pos, long amount, TimeUnit unit) {
    super(pos);
    this.amount = amount;
    this.unit = unit;
  }

  public long amount() {
    return amount;
  }

  public TimeUnit unit() {
    return unit;
  }

  /** The duration in milliseconds (ksqlDB's window sizes are whole milliseconds). */
  public long toMillis() {
    return unit.multiplier.multiply(BigDecimal.valueOf(amount)).longValueExact();
  }

  /**
   * The duration as a standard interval literal, e.g. {@code INTERVAL '5' MINUTE}. Milliseconds
   * become fractional seconds ({@code INTERVAL '0.500' SECOND}) because SQL intervals have no
   * millisecond unit.
   */
  public SqlIntervalLiteral toInterval() {
    SqlParserPos pos = getParserPosition();
    if (unit == TimeUnit.MILLISECOND) {
      String seconds = BigDecimal.valueOf(amount).movePointLeft(3).toPlainString();
      SqlIntervalQualifier qualifier = new SqlIntervalQualifier(
          TimeUnit.SECOND, RelDataType.PRECISION_NOT_SPECIFIED, null, 3, pos);
      return SqlLiteral.createInterval(1, seconds, qualifier, pos);
    }
    return SqlLiteral.createInterval(1, Long.toString(amount), new SqlIntervalQualifier(unit, null, pos), pos);
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(SqlLiteral.createExactNumeric(Long.toString(amount), getParserPosition()), symbol(unit));
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.print(Long.toString(amount));
    writer.setNeedWhitespace(true);
    writer.keyword(unit.name() + (amount == 1 ? "" : "S"));
  }
}
