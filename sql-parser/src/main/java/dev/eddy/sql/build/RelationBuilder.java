package dev.eddy.sql.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlJoinWindow;

/**
 * Builds one query's FROM clause: sources, aliases, {@link SqlJoin}s and table function calls
 * ({@code TABLE(TUMBLE(TABLE s, DESCRIPTOR(ts), INTERVAL '1' MINUTE))}). Made per query because
 * it numbers the joins and collects their WITHIN clauses, which {@link SqlJoin} cannot hold.
 */
final class RelationBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final Names names;
  private final ExpressionBuilder expressions;
  private final Durations durations;
  private final List<SqlJoinWindow> joinWindows;
  private int joins;

  /** @param joinWindows receives one entry per join with WITHIN */
  RelationBuilder(StatementText text, Names names, ExpressionBuilder expressions, Durations durations,
      List<SqlJoinWindow> joinWindows) {
    this.text = text;
    this.names = names;
    this.expressions = expressions;
    this.durations = durations;
    this.joinWindows = joinWindows;
  }

  @Override
  public SqlNode visitJoinRelation(SqlBaseParser.JoinRelationContext ctx) {
    SqlNode left = visit(ctx.left);
    int ordinal = joins++;
    SqlNode right = visit(ctx.right);
    if (ctx.joinWindow() != null) {
      joinWindows.add(new JoinWindows(text, durations, ordinal).visit(ctx.joinWindow()));
    }
    JoinType type = new JoinTypes().visit(ctx.joinType());
    return new SqlJoin(text.pos(ctx), left, SqlLiteral.createBoolean(false, SqlParserPos.ZERO),
        type.symbol(text.pos(ctx.joinType())), right, JoinConditionType.ON.symbol(SqlParserPos.ZERO),
        expressions.visit(ctx.condition));
  }

  @Override
  public SqlNode visitSingleRelation(SqlBaseParser.SingleRelationContext ctx) {
    return visit(ctx.aliasedRelation());
  }

  @Override
  public SqlNode visitAliasedRelation(SqlBaseParser.AliasedRelationContext ctx) {
    SqlNode relation = visit(ctx.relationPrimary());
    if (ctx.identifier() == null) {
      return relation;
    }
    return SqlStdOperatorTable.AS.createCall(text.pos(ctx), relation, names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitTableName(SqlBaseParser.TableNameContext ctx) {
    return names.identifier(ctx.sourceName());
  }

  /** TUMBLE, HOP and SESSION are Calcite's window table functions; other names stay unresolved. */
  @Override
  public SqlNode visitTableFunction(SqlBaseParser.TableFunctionContext ctx) {
    SqlIdentifier name = names.identifier(ctx.identifier());
    SqlOperator function;
    switch (name.getSimple().toUpperCase(Locale.ROOT)) {
      case "TUMBLE":
        function = SqlStdOperatorTable.TUMBLE;
        break;
      case "HOP":
        function = SqlStdOperatorTable.HOP;
        break;
      case "SESSION":
        function = SqlStdOperatorTable.SESSION;
        break;
      default:
        function = new SqlUnresolvedFunction(name, null, null, null, null,
            SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }
    List<SqlNode> arguments = new ArrayList<>();
    for (SqlBaseParser.TableArgumentContext argument : ctx.tableArgument()) {
      arguments.add(visit(argument));
    }
    SqlNode call = function.createCall(text.pos(ctx), arguments);
    return SqlStdOperatorTable.COLLECTION_TABLE.createCall(text.pos(ctx), call);
  }

  @Override
  public SqlNode visitTableArgumentTable(SqlBaseParser.TableArgumentTableContext ctx) {
    return SqlStdOperatorTable.EXPLICIT_TABLE.createCall(text.pos(ctx), names.identifier(ctx.sourceName()));
  }

  @Override
  public SqlNode visitTableArgumentDescriptor(SqlBaseParser.TableArgumentDescriptorContext ctx) {
    List<SqlNode> columns = new ArrayList<>();
    for (SqlBaseParser.IdentifierContext column : ctx.identifier()) {
      columns.add(names.identifier(column));
    }
    return SqlStdOperatorTable.DESCRIPTOR.createCall(text.pos(ctx), columns);
  }

  @Override
  public SqlNode visitTableArgumentExpression(SqlBaseParser.TableArgumentExpressionContext ctx) {
    return expressions.visit(ctx.expression());
  }

  /** The four join types of ksqlDB; OUTER is optional noise except for FULL. */
  private static final class JoinTypes extends SqlBaseBaseVisitor<JoinType> {
    @Override
    public JoinType visitInnerJoin(SqlBaseParser.InnerJoinContext ctx) {
      return JoinType.INNER;
    }

    @Override
    public JoinType visitLeftJoin(SqlBaseParser.LeftJoinContext ctx) {
      return JoinType.LEFT;
    }

    @Override
    public JoinType visitRightJoin(SqlBaseParser.RightJoinContext ctx) {
      return JoinType.RIGHT;
    }

    @Override
    public JoinType visitFullJoin(SqlBaseParser.FullJoinContext ctx) {
      return JoinType.FULL;
    }
  }

  /** {@code WITHIN 1 HOUR} or {@code WITHIN (1 HOUR, 2 HOURS)}, each with an optional GRACE PERIOD. */
  private static final class JoinWindows extends SqlBaseBaseVisitor<SqlJoinWindow> {
    private final StatementText text;
    private final Durations durations;
    private final int ordinal;

    JoinWindows(StatementText text, Durations durations, int ordinal) {
      this.text = text;
      this.durations = durations;
      this.ordinal = ordinal;
    }

    @Override
    public SqlJoinWindow visitSymmetricJoinWindow(SqlBaseParser.SymmetricJoinWindowContext ctx) {
      return new SqlJoinWindow(text.pos(ctx), ordinal, durations.duration(ctx.size), null, grace(ctx.gracePeriod()));
    }

    @Override
    public SqlJoinWindow visitAsymmetricJoinWindow(SqlBaseParser.AsymmetricJoinWindowContext ctx) {
      return new SqlJoinWindow(text.pos(ctx), ordinal, durations.duration(ctx.before), durations.duration(ctx.after),
          grace(ctx.gracePeriod()));
    }

    private dev.eddy.sql.tree.SqlDuration grace(SqlBaseParser.GracePeriodContext ctx) {
      return ctx == null ? null : durations.duration(ctx.duration());
    }
  }
}
