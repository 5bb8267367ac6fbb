package dev.eddy.sql.build;

import java.util.Locale;

import org.antlr.v4.runtime.Token;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.ShowKind;
import dev.eddy.sql.tree.SourceKind;
import dev.eddy.sql.tree.SqlAssertSchema;
import dev.eddy.sql.tree.SqlAssertTopic;
import dev.eddy.sql.tree.SqlDefineVariable;
import dev.eddy.sql.tree.SqlDescribe;
import dev.eddy.sql.tree.SqlDescribeFunction;
import dev.eddy.sql.tree.SqlDescribeSources;
import dev.eddy.sql.tree.SqlExplain;
import dev.eddy.sql.tree.SqlPrint;
import dev.eddy.sql.tree.SqlRunScript;
import dev.eddy.sql.tree.SqlSetProperty;
import dev.eddy.sql.tree.SqlShow;
import dev.eddy.sql.tree.SqlTerminate;
import dev.eddy.sql.tree.SqlUndefineVariable;
import dev.eddy.sql.tree.SqlUnsetProperty;

/**
 * Builds the statements that inspect or steer a session rather than define data: SHOW,
 * DESCRIBE, EXPLAIN of a query id, PRINT, TERMINATE, SET/UNSET, DEFINE/UNDEFINE, RUN SCRIPT and
 * ASSERT.
 */
final class CommandBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final Names names;
  private final DdlBuilder ddl;
  private final Durations durations;
  private final ExpressionBuilder expressions;

  CommandBuilder(StatementText text, Names names, DdlBuilder ddl, Durations durations,
      ExpressionBuilder expressions) {
    this.text = text;
    this.names = names;
    this.ddl = ddl;
    this.durations = durations;
    this.expressions = expressions;
  }

  private SqlLiteral string(Token token) {
    return SqlLiteral.createCharString(Names.unquote(token.getText(), "'"), text.pos(token));
  }

  @Override
  public SqlNode visitShow(SqlBaseParser.ShowContext ctx) {
    ShowKind kind = ShowKind.valueOf(ctx.kind.getText().toUpperCase(Locale.ROOT));
    if (ctx.ALL() != null && kind != ShowKind.TOPICS) {
      throw text.error(ctx.ALL().getSymbol(), "ALL applies to TOPICS only: SHOW ALL TOPICS lists internal topics too");
    }
    if (ctx.EXTENDED() != null && kind != ShowKind.TOPICS && kind != ShowKind.STREAMS && kind != ShowKind.TABLES
        && kind != ShowKind.QUERIES) {
      throw text.error(ctx.EXTENDED().getSymbol(), "EXTENDED applies to TOPICS, STREAMS, TABLES and QUERIES only");
    }
    return new SqlShow(text.pos(ctx), kind, ctx.ALL() != null, ctx.EXTENDED() != null);
  }

  @Override
  public SqlNode visitDescribeFunction(SqlBaseParser.DescribeFunctionContext ctx) {
    return new SqlDescribeFunction(text.pos(ctx), names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitDescribeSources(SqlBaseParser.DescribeSourcesContext ctx) {
    SourceKind kind = ctx.kind.getType() == SqlBaseParser.STREAMS ? SourceKind.STREAM : SourceKind.TABLE;
    return new SqlDescribeSources(text.pos(ctx), kind, ctx.EXTENDED() != null);
  }

  @Override
  public SqlNode visitDescribeSource(SqlBaseParser.DescribeSourceContext ctx) {
    return new SqlDescribe(text.pos(ctx), names.identifier(ctx.sourceName()), ctx.EXTENDED() != null);
  }

  @Override
  public SqlNode visitPrintTopic(SqlBaseParser.PrintTopicContext ctx) {
    SqlLiteral interval = ctx.interval == null ? null
        : SqlLiteral.createExactNumeric(ctx.interval.getText(), text.pos(ctx.interval));
    SqlLiteral limit = ctx.limit == null ? null : SqlLiteral.createExactNumeric(ctx.limit.getText(), text.pos(ctx.limit));
    return new SqlPrint(text.pos(ctx), visit(ctx.resourceName()), ctx.BEGINNING() != null, interval, limit);
  }

  @Override
  public SqlNode visitIdentifierResource(SqlBaseParser.IdentifierResourceContext ctx) {
    return names.identifier(ctx.identifier());
  }

  @Override
  public SqlNode visitStringResource(SqlBaseParser.StringResourceContext ctx) {
    return string(ctx.STRING().getSymbol());
  }

  @Override
  public SqlNode visitTerminate(SqlBaseParser.TerminateContext ctx) {
    return new SqlTerminate(text.pos(ctx), ctx.identifier() == null ? null : names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitSetProperty(SqlBaseParser.SetPropertyContext ctx) {
    return new SqlSetProperty(text.pos(ctx), string(ctx.name), string(ctx.value), false);
  }

  @Override
  public SqlNode visitAlterSystemProperty(SqlBaseParser.AlterSystemPropertyContext ctx) {
    return new SqlSetProperty(text.pos(ctx), string(ctx.name), string(ctx.value), true);
  }

  @Override
  public SqlNode visitUnsetProperty(SqlBaseParser.UnsetPropertyContext ctx) {
    return new SqlUnsetProperty(text.pos(ctx), string(ctx.name));
  }

  @Override
  public SqlNode visitDefineVariable(SqlBaseParser.DefineVariableContext ctx) {
    return new SqlDefineVariable(text.pos(ctx), names.identifier(ctx.identifier()), string(ctx.STRING().getSymbol()));
  }

  @Override
  public SqlNode visitUndefineVariable(SqlBaseParser.UndefineVariableContext ctx) {
    return new SqlUndefineVariable(text.pos(ctx), names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitExplainAnalyze(SqlBaseParser.ExplainAnalyzeContext ctx) {
    return SqlExplain.ofQuery(text.pos(ctx), names.identifier(ctx.identifier()), true);
  }

  @Override
  public SqlNode visitExplainQueryId(SqlBaseParser.ExplainQueryIdContext ctx) {
    return SqlExplain.ofQuery(text.pos(ctx), names.identifier(ctx.identifier()), false);
  }

  @Override
  public SqlNode visitRunScript(SqlBaseParser.RunScriptContext ctx) {
    return new SqlRunScript(text.pos(ctx), string(ctx.STRING().getSymbol()));
  }

  @Override
  public SqlNode visitAssertTopic(SqlBaseParser.AssertTopicContext ctx) {
    return new SqlAssertTopic(text.pos(ctx), ctx.NOT() != null, visit(ctx.resourceName()),
        ddl.properties(ctx.properties()), ctx.timeout() == null ? null : durations.duration(ctx.timeout().duration()));
  }

  @Override
  public SqlNode visitAssertSchema(SqlBaseParser.AssertSchemaContext ctx) {
    return new SqlAssertSchema(text.pos(ctx), ctx.NOT() != null,
        ctx.resourceName() == null ? null : visit(ctx.resourceName()),
        ctx.literal() == null ? null : (SqlLiteral) expressions.visit(ctx.literal()),
        ctx.timeout() == null ? null : durations.duration(ctx.timeout().duration()));
  }
}
