package dev.eddy.sql.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.EmitMode;
import dev.eddy.sql.tree.SqlJoinWindow;
import dev.eddy.sql.tree.SqlKsqlWindow;
import dev.eddy.sql.tree.SqlStreamingQuery;

/**
 * Builds a {@link SqlStreamingQuery} from a ksqlDB SELECT: the standard clauses into a Calcite
 * {@link SqlSelect}, the rest beside it. Relations (FROM, joins, table functions) are built by
 * a {@link RelationBuilder} made per query, the WINDOW clause by {@link WindowBuilder}.
 */
final class QueryBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final Names names;
  private final ExpressionBuilder expressions;
  private final Durations durations;

  QueryBuilder(StatementText text, Names names, ExpressionBuilder expressions, Durations durations) {
    this.text = text;
    this.names = names;
    this.expressions = expressions;
    this.durations = durations;
  }

  SqlStreamingQuery query(SqlBaseParser.QueryContext ctx) {
    return (SqlStreamingQuery) visit(ctx);
  }

  @Override
  public SqlNode visitQuery(SqlBaseParser.QueryContext ctx) {
    SqlParserPos pos = text.pos(ctx);
    SqlNodeList selectList = new SqlNodeList(pos);
    for (SqlBaseParser.SelectItemContext item : ctx.selectItem()) {
      selectList.add(visit(item));
    }
    List<SqlJoinWindow> joinWindows = new ArrayList<>();
    SqlNode from = new RelationBuilder(text, names, expressions, durations, joinWindows).visit(ctx.relation());
    SqlKsqlWindow window = null;
    if (ctx.windowClause() != null) {
      window = new WindowBuilder(text, durations, from).visit(ctx.windowClause().windowSpec());
      from = WindowBuilder.tableFunction(window);
    }
    SqlNode where = ctx.where == null ? null : expressions.visit(ctx.where);
    SqlNodeList groupBy = ctx.groupBy() == null ? null : (SqlNodeList) visit(ctx.groupBy());
    SqlNode having = ctx.having == null ? null : expressions.visit(ctx.having);
    SqlSelect select = new SqlSelect(pos, null, selectList, from, where, groupBy, having, null, null, null, null,
        null, null);
    SqlNodeList partitionBy = ctx.partitionBy() == null ? null : (SqlNodeList) visit(ctx.partitionBy());
    EmitMode emit = ctx.emit == null ? null : EmitMode.valueOf(ctx.emit.getText().toUpperCase(Locale.ROOT));
    SqlNumericLiteral limit = ctx.limit == null ? null
        : SqlLiteral.createExactNumeric(ctx.limit.getText(), text.pos(ctx.limit));
    return new SqlStreamingQuery(pos, select, window, new SqlNodeList(joinWindows, pos), partitionBy, emit, limit);
  }

  @Override
  public SqlNode visitSelectSingle(SqlBaseParser.SelectSingleContext ctx) {
    SqlNode expression = expressions.visit(ctx.expression());
    if (ctx.identifier() == null) {
      return expression;
    }
    return SqlStdOperatorTable.AS.createCall(text.pos(ctx), expression, names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitSelectSourceAll(SqlBaseParser.SelectSourceAllContext ctx) {
    SqlIdentifier source = names.identifier(ctx.identifier());
    return SqlIdentifier.star(List.of(source.getSimple(), ""), text.pos(ctx),
        List.of(source.getParserPosition(), text.pos(ctx.ASTERISK().getSymbol())));
  }

  @Override
  public SqlNode visitSelectAll(SqlBaseParser.SelectAllContext ctx) {
    return SqlIdentifier.star(text.pos(ctx));
  }

  @Override
  public SqlNode visitGroupByEmpty(SqlBaseParser.GroupByEmptyContext ctx) {
    return new SqlNodeList(text.pos(ctx));
  }

  @Override
  public SqlNode visitGroupByList(SqlBaseParser.GroupByListContext ctx) {
    return groupingTerms(ctx.valueExpression(), ctx);
  }

  @Override
  public SqlNode visitPartitionByEmpty(SqlBaseParser.PartitionByEmptyContext ctx) {
    return new SqlNodeList(text.pos(ctx));
  }

  @Override
  public SqlNode visitPartitionByList(SqlBaseParser.PartitionByListContext ctx) {
    return groupingTerms(ctx.valueExpression(), ctx);
  }

  /**
   * GROUP BY / PARTITION BY terms: {@code a, b} and {@code (a, b)} mean the same; a list in
   * parentheses among other terms would be a grouping set, which ksqlDB does not have.
   */
  private SqlNodeList groupingTerms(List<SqlBaseParser.ValueExpressionContext> terms, ParserRuleContext ctx) {
    SqlNodeList list = expressions.list(terms, text.pos(ctx));
    if (list.size() == 1 && list.get(0).getKind() == SqlKind.ROW) {
      return new SqlNodeList(((SqlCall) list.get(0)).getOperandList(), text.pos(ctx));
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).getKind() == SqlKind.ROW) {
        throw text.error(terms.get(i), "grouping sets are not supported: write the terms without the inner parentheses");
      }
    }
    return list;
  }
}
