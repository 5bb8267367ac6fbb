package dev.eddy.sql.build;

import org.antlr.v4.runtime.Token;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseLexer;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.ColumnConstraint;
import dev.eddy.sql.tree.SourceKind;
import dev.eddy.sql.tree.SqlAlterSource;
import dev.eddy.sql.tree.SqlColumnDeclaration;
import dev.eddy.sql.tree.SqlCreateSource;
import dev.eddy.sql.tree.SqlCreateSourceAs;
import dev.eddy.sql.tree.SqlCreateType;
import dev.eddy.sql.tree.SqlDropSource;
import dev.eddy.sql.tree.SqlDropType;
import dev.eddy.sql.tree.SqlInsertQuery;
import dev.eddy.sql.tree.SqlInsertValues;
import dev.eddy.sql.tree.SqlProperty;

/**
 * Builds the statements that change the catalog or write data: CREATE/DROP/ALTER of streams,
 * tables and types, and the two INSERT forms, with their column lists and WITH properties.
 */
final class DdlBuilder extends SqlBaseBaseVisitor<SqlNode> {

  private final StatementText text;
  private final Names names;
  private final ExpressionBuilder expressions;
  private final TypeBuilder types;
  private final QueryBuilder queries;

  DdlBuilder(StatementText text, Names names, ExpressionBuilder expressions, TypeBuilder types, QueryBuilder queries) {
    this.text = text;
    this.names = names;
    this.expressions = expressions;
    this.types = types;
    this.queries = queries;
  }

  static SourceKind kind(Token token) {
    return token.getType() == SqlBaseLexer.STREAM ? SourceKind.STREAM : SourceKind.TABLE;
  }

  @Override
  public SqlNode visitCreateSource(SqlBaseParser.CreateSourceContext ctx) {
    SourceKind kind = kind(ctx.kind);
    SqlNodeList columns = null;
    if (ctx.tableElements() != null) {
      columns = new SqlNodeList(text.pos(ctx.tableElements()));
      for (SqlBaseParser.TableElementContext element : ctx.tableElements().tableElement()) {
        checkKeyKeyword(kind, element);
        columns.add(visit(element));
      }
    }
    return new SqlCreateSource(text.pos(ctx), kind, ctx.REPLACE() != null, ctx.SOURCE() != null,
        ctx.EXISTS() != null, names.identifier(ctx.sourceName()), columns, properties(ctx.properties()));
  }

  /** ksqlDB's rule, kept here so the mistake is reported where it was typed: streams have KEY, tables PRIMARY KEY. */
  private void checkKeyKeyword(SourceKind kind, SqlBaseParser.TableElementContext element) {
    SqlBaseParser.ColumnConstraintContext constraint = element.columnConstraint();
    String column = names.identifier(element.identifier()).getSimple();
    if (kind == SourceKind.TABLE && constraint instanceof SqlBaseParser.KeyConstraintContext) {
      throw text.error(element, "Column `" + column + "` is a 'KEY' column: please use 'PRIMARY KEY' for tables.");
    }
    if (kind == SourceKind.STREAM && constraint instanceof SqlBaseParser.PrimaryKeyConstraintContext) {
      throw text.error(element, "Column `" + column + "` is a 'PRIMARY KEY' column: please use 'KEY' for streams.");
    }
  }

  @Override
  public SqlNode visitCreateSourceAs(SqlBaseParser.CreateSourceAsContext ctx) {
    return new SqlCreateSourceAs(text.pos(ctx), kind(ctx.kind), ctx.REPLACE() != null, ctx.EXISTS() != null,
        names.identifier(ctx.sourceName()), properties(ctx.properties()), queries.query(ctx.query()));
  }

  @Override
  public SqlNode visitCreateType(SqlBaseParser.CreateTypeContext ctx) {
    return new SqlCreateType(text.pos(ctx), ctx.EXISTS() != null, names.identifier(ctx.identifier()),
        types.spec(ctx.type()));
  }

  @Override
  public SqlNode visitInsertQuery(SqlBaseParser.InsertQueryContext ctx) {
    return new SqlInsertQuery(text.pos(ctx), names.identifier(ctx.sourceName()), properties(ctx.properties()),
        queries.query(ctx.query()));
  }

  @Override
  public SqlNode visitInsertValues(SqlBaseParser.InsertValuesContext ctx) {
    SqlNodeList columns = null;
    if (ctx.columnList() != null) {
      columns = new SqlNodeList(text.pos(ctx.columnList()));
      for (SqlBaseParser.IdentifierContext column : ctx.columnList().identifier()) {
        columns.add(names.identifier(column));
      }
    }
    SqlNodeList values = expressions.list(ctx.rowValues().expression(), text.pos(ctx.rowValues()));
    return new SqlInsertValues(text.pos(ctx), names.identifier(ctx.sourceName()), columns, values);
  }

  @Override
  public SqlNode visitDropSource(SqlBaseParser.DropSourceContext ctx) {
    return new SqlDropSource(text.pos(ctx), kind(ctx.kind), ctx.EXISTS() != null, names.identifier(ctx.sourceName()),
        ctx.DELETE() != null);
  }

  @Override
  public SqlNode visitDropType(SqlBaseParser.DropTypeContext ctx) {
    return new SqlDropType(text.pos(ctx), ctx.EXISTS() != null, names.identifier(ctx.identifier()));
  }

  @Override
  public SqlNode visitAlterSource(SqlBaseParser.AlterSourceContext ctx) {
    SqlNodeList added = new SqlNodeList(text.pos(ctx));
    for (SqlBaseParser.AlterOptionContext option : ctx.alterOption()) {
      added.add(new SqlColumnDeclaration(text.pos(option), names.identifier(option.identifier()),
          types.spec(option.type()), ColumnConstraint.NONE, null));
    }
    return new SqlAlterSource(text.pos(ctx), kind(ctx.kind), names.identifier(ctx.sourceName()), added);
  }

  @Override
  public SqlNode visitTableElement(SqlBaseParser.TableElementContext ctx) {
    ColumnConstraint constraint = ctx.columnConstraint() == null
        ? ColumnConstraint.NONE : new Constraints().visit(ctx.columnConstraint());
    SqlLiteral headerKey = null;
    if (ctx.columnConstraint() instanceof SqlBaseParser.HeaderConstraintContext header) {
      headerKey = SqlLiteral.createCharString(Names.unquote(header.STRING().getText(), "'"),
          text.pos(header.STRING().getSymbol()));
    }
    return new SqlColumnDeclaration(text.pos(ctx), names.identifier(ctx.identifier()), types.spec(ctx.type()),
        constraint, headerKey);
  }

  /** The WITH properties; an empty list when there is no WITH clause. */
  SqlNodeList properties(SqlBaseParser.PropertiesContext ctx) {
    if (ctx == null) {
      return new SqlNodeList(SqlParserPos.ZERO);
    }
    SqlNodeList properties = new SqlNodeList(text.pos(ctx));
    for (SqlBaseParser.PropertyContext property : ctx.property()) {
      properties.add(visit(property));
    }
    return properties;
  }

  @Override
  public SqlNode visitProperty(SqlBaseParser.PropertyContext ctx) {
    SqlNode key = ctx.identifier() != null
        ? names.identifier(ctx.identifier())
        : SqlLiteral.createCharString(Names.unquote(ctx.STRING().getText(), "'"), text.pos(ctx.STRING().getSymbol()));
    SqlLiteral value = (SqlLiteral) expressions.visit(ctx.literal());
    if (ctx.MINUS() != null) {
      if (!(value instanceof SqlNumericLiteral number)) {
        throw text.error(ctx.MINUS().getSymbol(), "only a number can be negative");
      }
      value = SqlLiteral.createNegative(number, text.pos(ctx.literal()));
    }
    return new SqlProperty(text.pos(ctx), key, value);
  }

  /** Column roles: KEY, PRIMARY KEY, HEADERS, HEADER('key'). */
  private static final class Constraints extends SqlBaseBaseVisitor<ColumnConstraint> {
    @Override
    public ColumnConstraint visitPrimaryKeyConstraint(SqlBaseParser.PrimaryKeyConstraintContext ctx) {
      return ColumnConstraint.PRIMARY_KEY;
    }

    @Override
    public ColumnConstraint visitKeyConstraint(SqlBaseParser.KeyConstraintContext ctx) {
      return ColumnConstraint.KEY;
    }

    @Override
    public ColumnConstraint visitHeadersConstraint(SqlBaseParser.HeadersConstraintContext ctx) {
      return ColumnConstraint.HEADERS;
    }

    @Override
    public ColumnConstraint visitHeaderConstraint(SqlBaseParser.HeaderConstraintContext ctx) {
      return ColumnConstraint.HEADER;
    }
  }

}
