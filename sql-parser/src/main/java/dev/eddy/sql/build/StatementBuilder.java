package dev.eddy.sql.build;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlExplain;

/**
 * Entry point of tree building for one statement: routes each statement form to the builder of
 * its area — {@link DdlBuilder} for definitions and inserts, {@link CommandBuilder} for session
 * commands, {@link QueryBuilder} for SELECT — so no builder grows into a giant. Made per
 * statement, since positions are relative to that statement's text.
 */
public final class StatementBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final TypeBuilder types;
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;
  private final DdlBuilder ddl;
  private final CommandBuilder commands;
  private final StatementText text;

  public StatementBuilder(StatementText text) {
    this.text = text;
    Names names = new Names(text);
    Durations durations = new Durations(text);
    this.types = new TypeBuilder(text, names);
    this.expressions = new ExpressionBuilder(text, names, types);
    this.queries = new QueryBuilder(text, names, expressions, durations);
    this.ddl = new DdlBuilder(text, names, expressions, types, queries);
    this.commands = new CommandBuilder(text, names, ddl, durations, expressions);
  }

  /** Builds a standalone expression (for tools and tests). */
  public SqlNode expression(SqlBaseParser.StandaloneExpressionContext ctx) {
    return expressions.visit(ctx);
  }

  /** Builds a standalone type (for tools and tests). */
  public SqlDataTypeSpec type(SqlBaseParser.StandaloneTypeContext ctx) {
    return types.spec(ctx.type());
  }

  @Override
  public SqlNode visitSingleStatement(SqlBaseParser.SingleStatementContext ctx) {
    return visit(ctx.statement());
  }

  @Override
  public SqlNode visitQueryStatement(SqlBaseParser.QueryStatementContext ctx) {
    return queries.query(ctx.query());
  }

  @Override
  public SqlNode visitExplainStatement(SqlBaseParser.ExplainStatementContext ctx) {
    return SqlExplain.ofStatement(text.pos(ctx), visit(ctx.statement()));
  }

  // ------------------------------------------------------------ definitions and inserts

  @Override
  public SqlNode visitCreateSource(SqlBaseParser.CreateSourceContext ctx) {
    return ddl.visitCreateSource(ctx);
  }

  @Override
  public SqlNode visitCreateSourceAs(SqlBaseParser.CreateSourceAsContext ctx) {
    return ddl.visitCreateSourceAs(ctx);
  }

  @Override
  public SqlNode visitCreateType(SqlBaseParser.CreateTypeContext ctx) {
    return ddl.visitCreateType(ctx);
  }

  @Override
  public SqlNode visitInsertQuery(SqlBaseParser.InsertQueryContext ctx) {
    return ddl.visitInsertQuery(ctx);
  }

  @Override
  public SqlNode visitInsertValues(SqlBaseParser.InsertValuesContext ctx) {
    return ddl.visitInsertValues(ctx);
  }

  @Override
  public SqlNode visitDropSource(SqlBaseParser.DropSourceContext ctx) {
    return ddl.visitDropSource(ctx);
  }

  @Override
  public SqlNode visitDropType(SqlBaseParser.DropTypeContext ctx) {
    return ddl.visitDropType(ctx);
  }

  @Override
  public SqlNode visitAlterSource(SqlBaseParser.AlterSourceContext ctx) {
    return ddl.visitAlterSource(ctx);
  }

  // ------------------------------------------------------------ session commands

  @Override
  public SqlNode visitShow(SqlBaseParser.ShowContext ctx) {
    return commands.visitShow(ctx);
  }

  @Override
  public SqlNode visitDescribeFunction(SqlBaseParser.DescribeFunctionContext ctx) {
    return commands.visitDescribeFunction(ctx);
  }

  @Override
  public SqlNode visitDescribeSources(SqlBaseParser.DescribeSourcesContext ctx) {
    return commands.visitDescribeSources(ctx);
  }

  @Override
  public SqlNode visitDescribeSource(SqlBaseParser.DescribeSourceContext ctx) {
    return commands.visitDescribeSource(ctx);
  }

  @Override
  public SqlNode visitPrintTopic(SqlBaseParser.PrintTopicContext ctx) {
    return commands.visitPrintTopic(ctx);
  }

  @Override
  public SqlNode visitTerminate(SqlBaseParser.TerminateContext ctx) {
    return commands.visitTerminate(ctx);
  }

  @Override
  public SqlNode visitSetProperty(SqlBaseParser.SetPropertyContext ctx) {
    return commands.visitSetProperty(ctx);
  }

  @Override
  public SqlNode visitUnsetProperty(SqlBaseParser.UnsetPropertyContext ctx) {
    return commands.visitUnsetProperty(ctx);
  }

  @Override
  public SqlNode visitAlterSystemProperty(SqlBaseParser.AlterSystemPropertyContext ctx) {
    return commands.visitAlterSystemProperty(ctx);
  }

  @Override
  public SqlNode visitDefineVariable(SqlBaseParser.DefineVariableContext ctx) {
    return commands.visitDefineVariable(ctx);
  }

  @Override
  public SqlNode visitUndefineVariable(SqlBaseParser.UndefineVariableContext ctx) {
    return commands.visitUndefineVariable(ctx);
  }

  @Override
  public SqlNode visitExplainAnalyze(SqlBaseParser.ExplainAnalyzeContext ctx) {
    return commands.visitExplainAnalyze(ctx);
  }

  @Override
  public SqlNode visitExplainQueryId(SqlBaseParser.ExplainQueryIdContext ctx) {
    return commands.visitExplainQueryId(ctx);
  }

  @Override
  public SqlNode visitRunScript(SqlBaseParser.RunScriptContext ctx) {
    return commands.visitRunScript(ctx);
  }

  @Override
  public SqlNode visitAssertTopic(SqlBaseParser.AssertTopicContext ctx) {
    return commands.visitAssertTopic(ctx);
  }

  @Override
  public SqlNode visitAssertSchema(SqlBaseParser.AssertSchemaContext ctx) {
    return commands.visitAssertSchema(ctx);
  }
}
