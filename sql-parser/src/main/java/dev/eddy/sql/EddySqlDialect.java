package dev.eddy.sql;

import java.util.Set;
import java.util.regex.Pattern;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

import dev.eddy.sql.parse.Keywords;

/**
 * Writes Calcite trees back as Eddy SQL (ksqlDB syntax), so that parse → unparse → parse gives
 * an equal tree: backquoted names where needed, {@code a->b} for field access,
 * {@code MAP(k := v)}, plural time units as function arguments ({@code TIMESTAMPADD(SECONDS,
 * ...)}, which ksqlDB reserves), and plain {@code '...'} strings without charset prefixes.
 */
public final class EddySqlDialect extends SqlDialect {

  public static final EddySqlDialect INSTANCE = new EddySqlDialect();

  /** What an unquoted name may look like and still read back as the same upper-case name. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z_][A-Z0-9_@]*");

  private final Set<String> reservedWords = Keywords.reserved();

  private EddySqlDialect() {
    super(EMPTY_CONTEXT
        .withIdentifierQuoteString("`")
        .withUnquotedCasing(Casing.TO_UPPER)
        .withQuotedCasing(Casing.UNCHANGED)
        .withCaseSensitive(true));
  }

  @Override
  protected boolean identifierNeedsQuote(String name) {
    return !PLAIN_NAME.matcher(name).matches() || reservedWords.contains(name);
  }

  @Override
  public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
    buf.append('\'').append(val.replace("'", "''")).append('\'');
  }

  @Override
  public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
    if (call.getOperator() == SqlStdOperatorTable.DOT) {
      unparseDereference(writer, call);
    } else if (call.getKind() == SqlKind.ROW) {
      // ksqlDB has no ROW keyword; a parenthesized list reads back as the same ROW.
      SqlWriter.Frame frame = writer.startList("(", ")");
      for (SqlNode operand : call.getOperandList()) {
        writer.sep(",");
        operand.unparse(writer, 0, 0);
      }
      writer.endList(frame);
    } else if (call.getKind() == SqlKind.BETWEEN) {
      unparseBetween(writer, call);
    } else if (call.getOperator() == SqlStdOperatorTable.MAP_VALUE_CONSTRUCTOR) {
      unparseMap(writer, call);
    } else {
      super.unparseCall(writer, call, leftPrec, rightPrec);
    }
  }

  private static void unparseDereference(SqlWriter writer, SqlCall call) {
    SqlNode base = call.operand(0);
    // Parenthesize a base that is itself an operator expression, e.g. (a || b)->c.
    boolean parens = base instanceof SqlCall baseCall && baseCall.getOperator() != SqlStdOperatorTable.DOT
        && baseCall.getOperator() != SqlStdOperatorTable.ITEM
        && baseCall.getOperator().getSyntax() != org.apache.calcite.sql.SqlSyntax.FUNCTION;
    if (parens) {
      SqlWriter.Frame frame = writer.startList("(", ")");
      base.unparse(writer, 0, 0);
      writer.endList(frame);
    } else {
      base.unparse(writer, 0, 0);
    }
    writer.setNeedWhitespace(false);
    writer.print("->");
    writer.setNeedWhitespace(false);
    call.operand(1).unparse(writer, 0, 0);
  }

  /** ksqlDB has no ASYMMETRIC keyword; plain BETWEEN means the same. */
  private static void unparseBetween(SqlWriter writer, SqlCall call) {
    SqlOperator operator = call.getOperator();
    SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SIMPLE);
    call.operand(0).unparse(writer, operator.getLeftPrec(), operator.getRightPrec());
    writer.sep(operator == SqlStdOperatorTable.NOT_BETWEEN ? "NOT BETWEEN" : "BETWEEN");
    call.operand(1).unparse(writer, operator.getLeftPrec(), operator.getRightPrec());
    writer.sep("AND");
    call.operand(2).unparse(writer, operator.getLeftPrec(), operator.getRightPrec());
    writer.endList(frame);
  }

  private static void unparseMap(SqlWriter writer, SqlCall call) {
    writer.keyword("MAP");
    writer.setNeedWhitespace(false);
    SqlWriter.Frame frame = writer.startList("(", ")");
    for (int i = 0; i < call.operandCount(); i += 2) {
      writer.sep(",");
      call.operand(i).unparse(writer, 0, 0);
      writer.keyword(":=");
      call.operand(i + 1).unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  @Override
  public void unparseSqlIntervalQualifier(SqlWriter writer, SqlIntervalQualifier qualifier,
      RelDataTypeSystem typeSystem) {
    // Reached only for a time unit standing alone as a function argument; an interval literal
    // is written by unparseSqlIntervalLiteral below.
    writer.keyword(qualifier.timeUnitRange.startUnit.name() + "S");
  }

  @Override
  public void unparseSqlIntervalLiteral(SqlWriter writer, SqlIntervalLiteral literal, int leftPrec, int rightPrec) {
    SqlIntervalLiteral.IntervalValue value = literal.getValueAs(SqlIntervalLiteral.IntervalValue.class);
    writer.keyword("INTERVAL");
    writer.literal((value.getSign() < 0 ? "'-" : "'") + value.getIntervalLiteral() + "'");
    writer.keyword(value.getIntervalQualifier().timeUnitRange.startUnit.name());
  }
}
