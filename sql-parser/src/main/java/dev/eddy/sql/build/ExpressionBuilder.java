package dev.eddy.sql.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlKsqlLambda;
import dev.eddy.sql.tree.SqlStructConstructor;

/**
 * Builds Calcite expressions. Standard operators come from {@link SqlStdOperatorTable}; a
 * function call of any name is an unresolved function (resolution is the validator's job);
 * ksqlDB's own forms map to Calcite where Calcite has them: {@code a->b} is DOT, {@code a[i]}
 * ITEM, {@code MAP(k := v)} the map constructor, lambdas {@link SqlKsqlLambda}; only
 * {@code STRUCT(a := 1)} needs an Eddy operator. Predicates are in {@link PredicateBuilder}.
 */
final class ExpressionBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final Names names;
  private final TypeBuilder types;

  ExpressionBuilder(StatementText text, Names names, TypeBuilder types) {
    this.text = text;
    this.names = names;
    this.types = types;
  }

  private SqlParserPos pos(ParserRuleContext ctx) {
    return text.pos(ctx);
  }

  private List<SqlNode> all(List<? extends ParserRuleContext> contexts) {
    List<SqlNode> nodes = new ArrayList<>(contexts.size());
    for (ParserRuleContext ctx : contexts) {
      nodes.add(visit(ctx));
    }
    return nodes;
  }

  SqlNodeList list(List<? extends ParserRuleContext> contexts, SqlParserPos pos) {
    return new SqlNodeList(all(contexts), pos);
  }

  // ------------------------------------------------------------ boolean and arithmetic

  @Override
  public SqlNode visitStandaloneExpression(SqlBaseParser.StandaloneExpressionContext ctx) {
    return visit(ctx.expression());
  }

  @Override
  public SqlNode visitExpression(SqlBaseParser.ExpressionContext ctx) {
    return visit(ctx.booleanExpression());
  }

  @Override
  public SqlNode visitPredicated(SqlBaseParser.PredicatedContext ctx) {
    SqlNode value = visit(ctx.valueExpression());
    if (ctx.predicate() == null) {
      return value;
    }
    return new PredicateBuilder(text, this, value, pos(ctx)).visit(ctx.predicate());
  }

  @Override
  public SqlNode visitLogicalNot(SqlBaseParser.LogicalNotContext ctx) {
    return SqlStdOperatorTable.NOT.createCall(pos(ctx), visit(ctx.booleanExpression()));
  }

  @Override
  public SqlNode visitAnd(SqlBaseParser.AndContext ctx) {
    return SqlStdOperatorTable.AND.createCall(pos(ctx), visit(ctx.left), visit(ctx.right));
  }

  @Override
  public SqlNode visitOr(SqlBaseParser.OrContext ctx) {
    return SqlStdOperatorTable.OR.createCall(pos(ctx), visit(ctx.left), visit(ctx.right));
  }

  @Override
  public SqlNode visitValueDefault(SqlBaseParser.ValueDefaultContext ctx) {
    return visit(ctx.primaryExpression());
  }

  /** A minus before a number folds into a negative literal, as ksqlDB reads {@code -5}. */
  @Override
  public SqlNode visitArithmeticUnary(SqlBaseParser.ArithmeticUnaryContext ctx) {
    if (ctx.operator.getType() == SqlBaseLexer.MINUS && isNumber(ctx.valueExpression())) {
      return negativeNumber(ctx, ctx.valueExpression().getText());
    }
    SqlNode operand = visit(ctx.valueExpression());
    if (ctx.operator.getType() == SqlBaseLexer.PLUS) {
      return SqlStdOperatorTable.UNARY_PLUS.createCall(pos(ctx), operand);
    }
    if (operand instanceof SqlNumericLiteral number && number.signum() > 0) {
      return SqlLiteral.createNegative(number, pos(ctx));
    }
    return SqlStdOperatorTable.UNARY_MINUS.createCall(pos(ctx), operand);
  }

  private static boolean isNumber(SqlBaseParser.ValueExpressionContext ctx) {
    return ctx instanceof SqlBaseParser.ValueDefaultContext value
        && value.primaryExpression() instanceof SqlBaseParser.LiteralExpressionContext literal
        && (literal.literal() instanceof SqlBaseParser.IntegerLiteralContext
            || literal.literal() instanceof SqlBaseParser.DecimalLiteralContext
            || literal.literal() instanceof SqlBaseParser.DoubleLiteralContext);
  }

  /** {@code -5} read as one literal, so that -9223372036854775808 fits a BIGINT. */
  private SqlNode negativeNumber(ParserRuleContext ctx, String digits) {
    SqlParserPos pos = pos(ctx);
    return number(ctx, "-" + digits, pos);
  }

  /**
   * A number literal, range-checked as ksqlDB does: integers must fit a BIGINT and floating
   * point numbers a DOUBLE. Decimals keep the scale as written (1.50 is DECIMAL(3, 2)).
   */
  private SqlNode number(ParserRuleContext ctx, String text, SqlParserPos pos) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("E")) {
      BigDecimal value = new BigDecimal(upper);
      if (value.abs().compareTo(MAX_DOUBLE) > 0) {
        throw this.text.error(ctx, "Number overflows DOUBLE: " + text);
      }
      return SqlLiteral.createApproxNumeric(upper, pos);
    }
    if (!upper.contains(".")) {
      BigDecimal value = new BigDecimal(upper);
      if (value.compareTo(MIN_BIGINT) < 0 || value.compareTo(MAX_BIGINT) > 0) {
        throw this.text.error(ctx, "Invalid numeric literal: " + text);
      }
      return SqlLiteral.createExactNumeric(upper, pos);
    }
    return SqlLiteral.createExactNumeric(new BigDecimal(upper).toPlainString(), pos);
  }

  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
  private static final BigDecimal MAX_BIGINT = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN_BIGINT = BigDecimal.valueOf(Long.MIN_VALUE);

  @Override
  public SqlNode visitArithmeticBinary(SqlBaseParser.ArithmeticBinaryContext ctx) {
    SqlOperator operator;
    switch (ctx.operator.getType()) {
      case SqlBaseLexer.ASTERISK:
        operator = SqlStdOperatorTable.MULTIPLY;
        break;
      case SqlBaseLexer.SLASH:
        operator = SqlStdOperatorTable.DIVIDE;
        break;
      case SqlBaseLexer.PERCENT:
        operator = SqlStdOperatorTable.PERCENT_REMAINDER;
        break;
      case SqlBaseLexer.PLUS:
        operator = SqlStdOperatorTable.PLUS;
        break;
      default:
        operator = SqlStdOperatorTable.MINUS;
    }
    return operator.createCall(pos(ctx), visit(ctx.left), visit(ctx.right));
  }

  @Override
  public SqlNode visitConcatenation(SqlBaseParser.ConcatenationContext ctx) {
    return SqlStdOperatorTable.CONCAT.createCall(pos(ctx), visit(ctx.left), visit(ctx.right));
  }

  // ------------------------------------------------------------ primary expressions

  @Override
  public SqlNode visitLiteralExpression(SqlBaseParser.LiteralExpressionContext ctx) {
    return visit(ctx.literal());
  }

  /**
   * {@code (a)} is just {@code a}; {@code (a, b)} is a ROW, which GROUP BY and PARTITION BY
   * unpack into separate terms (the grammar cannot tell them apart cheaply, see there).
   */
  @Override
  public SqlNode visitParenthesizedList(SqlBaseParser.ParenthesizedListContext ctx) {
    if (ctx.expression().size() == 1) {
      return visit(ctx.expression(0));
    }
    return SqlStdOperatorTable.ROW.createCall(pos(ctx), all(ctx.expression()));
  }

  @Override
  public SqlNode visitIntervalLiteral(SqlBaseParser.IntervalLiteralContext ctx) {
    String value = Names.unquote(ctx.STRING().getText(), "'").trim();
    int sign = 1;
    if (value.startsWith("-")) {
      sign = -1;
      value = value.substring(1).trim();
    }
    if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
      throw text.error(ctx.STRING().getSymbol(), "invalid INTERVAL value '" + value + "': expected a number");
    }
    TimeUnit unit = intervalUnit(ctx.intervalUnit());
    SqlIntervalQualifier qualifier = value.contains(".") && unit == TimeUnit.SECOND
        ? new SqlIntervalQualifier(TimeUnit.SECOND, -1, null, value.length() - value.indexOf('.') - 1,
            pos(ctx.intervalUnit()))
        : new SqlIntervalQualifier(unit, null, pos(ctx.intervalUnit()));
    return SqlLiteral.createInterval(sign, value, qualifier, pos(ctx));
  }

  private static TimeUnit intervalUnit(SqlBaseParser.IntervalUnitContext ctx) {
    if (ctx.timeUnit() != null) {
      return Durations.unit(ctx.timeUnit());
    }
    return ctx.YEAR() != null ? TimeUnit.YEAR : TimeUnit.MONTH;
  }

  /**
   * {@code DATE '2024-01-31'}, {@code TIME '12:00:00'}, {@code TIMESTAMP '2024-01-31 12:00:00'}
   * and {@code DECIMAL '1.50'} (a cast, keeping the digits exact).
   */
  @Override
  public SqlNode visitTypedLiteral(SqlBaseParser.TypedLiteralContext ctx) {
    String type = ctx.kind.getText().toUpperCase(Locale.ROOT);
    String value = Names.unquote(ctx.STRING().getText(), "'");
    try {
      switch (type) {
        case "DATE":
          return SqlLiteral.createDate(new DateString(value), pos(ctx));
        case "TIME":
          TimeString time = new TimeString(value);
          return SqlLiteral.createTime(time, fractionDigits(value), pos(ctx));
        case "TIMESTAMP":
          TimestampString timestamp = new TimestampString(value.replace('T', ' '));
          return SqlLiteral.createTimestamp(SqlTypeName.TIMESTAMP, timestamp, fractionDigits(value), pos(ctx));
        case "DECIMAL":
          return SqlStdOperatorTable.CAST.createCall(pos(ctx), SqlLiteral.createCharString(value, pos(ctx)),
              new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, pos(ctx)), pos(ctx)));
        default:
          throw new IllegalStateException("grammar allows no other literal type: " + type);
      }
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw text.error(ctx.STRING().getSymbol(), "invalid " + type + " literal '" + value + "'");
    }
  }

  /** Precision of a time literal: the digits after the decimal point of its seconds. */
  private static int fractionDigits(String value) {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? 0 : value.length() - dot - 1;
  }

  @Override
  public SqlNode visitSimpleCase(SqlBaseParser.SimpleCaseContext ctx) {
    return caseExpression(ctx, visit(ctx.operand), ctx.whenClause(), ctx.elseValue);
  }

  @Override
  public SqlNode visitSearchedCase(SqlBaseParser.SearchedCaseContext ctx) {
    return caseExpression(ctx, null, ctx.whenClause(), ctx.elseValue);
  }

  /** Calcite's own parser form: a simple CASE becomes {@code CASE WHEN operand = value ...}. */
  private SqlNode caseExpression(ParserRuleContext ctx, SqlNode operand, List<SqlBaseParser.WhenClauseContext> whens,
      SqlBaseParser.ExpressionContext elseValue) {
    SqlNodeList conditions = new SqlNodeList(pos(ctx));
    SqlNodeList results = new SqlNodeList(pos(ctx));
    for (SqlBaseParser.WhenClauseContext when : whens) {
      conditions.add(visit(when.condition));
      results.add(visit(when.result));
    }
    SqlNode otherwise = elseValue == null ? null : visit(elseValue);
    return SqlCase.createSwitched(pos(ctx), operand, conditions, results, otherwise);
  }

  @Override
  public SqlNode visitCast(SqlBaseParser.CastContext ctx) {
    return SqlStdOperatorTable.CAST.createCall(pos(ctx), visit(ctx.expression()), types.spec(ctx.type()));
  }

  @Override
  public SqlNode visitArrayConstructor(SqlBaseParser.ArrayConstructorContext ctx) {
    return SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR.createCall(pos(ctx), all(ctx.expression()));
  }

  @Override
  public SqlNode visitMapConstructor(SqlBaseParser.MapConstructorContext ctx) {
    List<SqlNode> operands = new ArrayList<>();
    for (SqlBaseParser.MapEntryContext entry : ctx.mapEntry()) {
      operands.add(visit(entry.key));
      operands.add(visit(entry.value));
    }
    return SqlStdOperatorTable.MAP_VALUE_CONSTRUCTOR.createCall(pos(ctx), operands);
  }

  @Override
  public SqlNode visitStructConstructor(SqlBaseParser.StructConstructorContext ctx) {
    List<SqlIdentifier> fieldNames = new ArrayList<>();
    List<SqlNode> values = new ArrayList<>();
    for (SqlBaseParser.StructFieldContext field : ctx.structField()) {
      fieldNames.add(names.identifier(field.identifier()));
      values.add(visit(field.expression()));
    }
    return SqlStructConstructor.INSTANCE.createCall(pos(ctx), fieldNames, values);
  }

  @Override
  public SqlNode visitStarFunctionCall(SqlBaseParser.StarFunctionCallContext ctx) {
    return function(ctx.identifier()).createCall(pos(ctx), SqlIdentifier.star(text.pos(ctx.ASTERISK().getSymbol())));
  }

  @Override
  public SqlNode visitFunctionCall(SqlBaseParser.FunctionCallContext ctx) {
    return function(ctx.identifier()).createCall(pos(ctx), all(ctx.callArgument()));
  }

  /** Any name: whether the function exists, and which overload, the validator decides. */
  private SqlUnresolvedFunction function(SqlBaseParser.IdentifierContext name) {
    return new SqlUnresolvedFunction(names.identifier(name), null, null, null, null,
        SqlFunctionCategory.USER_DEFINED_FUNCTION);
  }

  @Override
  public SqlNode visitLambdaArgument(SqlBaseParser.LambdaArgumentContext ctx) {
    return visit(ctx.lambda());
  }

  @Override
  public SqlNode visitExpressionArgument(SqlBaseParser.ExpressionArgumentContext ctx) {
    return visit(ctx.expression());
  }

  /** A bare time unit argument, as in {@code TIMESTAMPADD(SECONDS, 5, ts)}. */
  @Override
  public SqlNode visitTimeUnitArgument(SqlBaseParser.TimeUnitArgumentContext ctx) {
    return new SqlIntervalQualifier(Durations.unit(ctx.timeUnit()), null, pos(ctx));
  }

  @Override
  public SqlNode visitSingleParameterLambda(SqlBaseParser.SingleParameterLambdaContext ctx) {
    SqlNodeList parameters = new SqlNodeList(List.of(names.identifier(ctx.identifier())), pos(ctx.identifier()));
    return new SqlKsqlLambda(pos(ctx), parameters, visit(ctx.expression()));
  }

  @Override
  public SqlNode visitMultiParameterLambda(SqlBaseParser.MultiParameterLambdaContext ctx) {
    SqlNodeList parameters = new SqlNodeList(pos(ctx));
    for (SqlBaseParser.IdentifierContext parameter : ctx.identifier()) {
      parameters.add(names.identifier(parameter));
    }
    return new SqlKsqlLambda(pos(ctx), parameters, visit(ctx.expression()));
  }

  @Override
  public SqlNode visitSubscript(SqlBaseParser.SubscriptContext ctx) {
    return SqlStdOperatorTable.ITEM.createCall(pos(ctx), visit(ctx.value), visit(ctx.index));
  }

  @Override
  public SqlNode visitColumnReference(SqlBaseParser.ColumnReferenceContext ctx) {
    return names.identifier(ctx.identifier());
  }

  @Override
  public SqlNode visitQualifiedColumnReference(SqlBaseParser.QualifiedColumnReferenceContext ctx) {
    SqlIdentifier qualifier = names.identifier(ctx.qualifier);
    SqlIdentifier name = names.identifier(ctx.name);
    return new SqlIdentifier(List.of(qualifier.getSimple(), name.getSimple()), null, pos(ctx),
        List.of(qualifier.getParserPosition(), name.getParserPosition()));
  }

  @Override
  public SqlNode visitDereference(SqlBaseParser.DereferenceContext ctx) {
    return SqlStdOperatorTable.DOT.createCall(pos(ctx), visit(ctx.base), names.identifier(ctx.field));
  }

  /** {@code s->*}: every field of a struct (meaningful in a select list), as DOT with a star field. */
  @Override
  public SqlNode visitDereferenceAll(SqlBaseParser.DereferenceAllContext ctx) {
    return SqlStdOperatorTable.DOT.createCall(pos(ctx), visit(ctx.base), SqlIdentifier.star(text.pos(ctx.ASTERISK().getSymbol())));
  }

  // ------------------------------------------------------------ literals

  @Override
  public SqlNode visitNullLiteral(SqlBaseParser.NullLiteralContext ctx) {
    return SqlLiteral.createNull(pos(ctx));
  }

  @Override
  public SqlNode visitIntegerLiteral(SqlBaseParser.IntegerLiteralContext ctx) {
    return number(ctx, ctx.getText(), pos(ctx));
  }

  @Override
  public SqlNode visitDecimalLiteral(SqlBaseParser.DecimalLiteralContext ctx) {
    return number(ctx, ctx.getText(), pos(ctx));
  }

  @Override
  public SqlNode visitDoubleLiteral(SqlBaseParser.DoubleLiteralContext ctx) {
    return number(ctx, ctx.getText(), pos(ctx));
  }

  @Override
  public SqlNode visitBooleanLiteral(SqlBaseParser.BooleanLiteralContext ctx) {
    return SqlLiteral.createBoolean(ctx.TRUE() != null, pos(ctx));
  }

  @Override
  public SqlNode visitStringLiteral(SqlBaseParser.StringLiteralContext ctx) {
    return SqlLiteral.createCharString(Names.unquote(ctx.getText(), "'"), pos(ctx));
  }
}
