package dev.eddy.sql.build;

import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;

/**
 * Builds the predicate that follows a value ({@code a BETWEEN 1 AND 2}, {@code a IS NULL}, ...).
 * The grammar parses the value first, so one builder is made per predicate with that value as
 * its left operand, and each predicate form stays one small visit method.
 */
final class PredicateBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final ExpressionBuilder expressions;
  private final SqlNode left;
  private final SqlParserPos pos;

  /** @param pos position of the whole predicate, left operand included */
  PredicateBuilder(StatementText text, ExpressionBuilder expressions, SqlNode left, SqlParserPos pos) {
    this.text = text;
    this.expressions = expressions;
    this.left = left;
    this.pos = pos;
  }

  @Override
  public SqlNode visitComparison(SqlBaseParser.ComparisonContext ctx) {
    SqlOperator operator;
    switch (ctx.comparisonOperator().getStart().getType()) {
      case SqlBaseLexer.EQ:
        operator = SqlStdOperatorTable.EQUALS;
        break;
      case SqlBaseLexer.NEQ:
        operator = SqlStdOperatorTable.NOT_EQUALS;
        break;
      case SqlBaseLexer.LT:
        operator = SqlStdOperatorTable.LESS_THAN;
        break;
      case SqlBaseLexer.LTE:
        operator = SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
        break;
      case SqlBaseLexer.GT:
        operator = SqlStdOperatorTable.GREATER_THAN;
        break;
      default:
        operator = SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
    }
    return operator.createCall(pos, left, expressions.visit(ctx.right));
  }

  @Override
  public SqlNode visitBetween(SqlBaseParser.BetweenContext ctx) {
    SqlOperator operator = ctx.NOT() != null ? SqlStdOperatorTable.NOT_BETWEEN : SqlStdOperatorTable.BETWEEN;
    return operator.createCall(pos, left, expressions.visit(ctx.lower), expressions.visit(ctx.upper));
  }

  @Override
  public SqlNode visitInList(SqlBaseParser.InListContext ctx) {
    SqlOperator operator = ctx.NOT() != null ? SqlStdOperatorTable.NOT_IN : SqlStdOperatorTable.IN;
    SqlNodeList values = expressions.list(ctx.expression(), text.pos(ctx));
    return operator.createCall(pos, left, values);
  }

  @Override
  public SqlNode visitLike(SqlBaseParser.LikeContext ctx) {
    SqlOperator operator = ctx.NOT() != null ? SqlStdOperatorTable.NOT_LIKE : SqlStdOperatorTable.LIKE;
    SqlNode pattern = expressions.visit(ctx.pattern);
    if (ctx.escape == null) {
      return operator.createCall(pos, left, pattern);
    }
    SqlNode escape = SqlLiteral.createCharString(Names.unquote(ctx.escape.getText(), "'"), text.pos(ctx.escape));
    return operator.createCall(pos, left, pattern, escape);
  }

  @Override
  public SqlNode visitNullPredicate(SqlBaseParser.NullPredicateContext ctx) {
    return (ctx.NOT() != null ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL).createCall(pos, left);
  }

  @Override
  public SqlNode visitDistinctFrom(SqlBaseParser.DistinctFromContext ctx) {
    SqlOperator operator = ctx.NOT() != null
        ? SqlStdOperatorTable.IS_NOT_DISTINCT_FROM : SqlStdOperatorTable.IS_DISTINCT_FROM;
    return operator.createCall(pos, left, expressions.visit(ctx.right));
  }
}
