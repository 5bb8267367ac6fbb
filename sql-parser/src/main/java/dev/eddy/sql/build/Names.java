package dev.eddy.sql.build;

import java.util.Locale;

import org.apache.calcite.sql.SqlIdentifier;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;

/**
 * Reads names the way ksqlDB does: unquoted names are upper-cased, backquoted and
 * double-quoted names keep their spelling (a doubled quote stands for one). A name starting with
 * a digit ({@code 1R}) is accepted as ksqlDB does.
 */
final class Names extends SqlBaseBaseVisitor<String> {

  private final StatementText text;

  Names(StatementText text) {
    this.text = text;
  }

  /** The name as a one-part identifier, positioned. */
  SqlIdentifier identifier(SqlBaseParser.IdentifierContext ctx) {
    return new SqlIdentifier(visit(ctx), text.pos(ctx));
  }

  SqlIdentifier identifier(SqlBaseParser.SourceNameContext ctx) {
    return identifier(ctx.identifier());
  }

  @Override
  public String visitUnquotedIdentifier(SqlBaseParser.UnquotedIdentifierContext ctx) {
    return ctx.getText().toUpperCase(Locale.ROOT);
  }

  @Override
  public String visitNonReservedIdentifier(SqlBaseParser.NonReservedIdentifierContext ctx) {
    return ctx.getText().toUpperCase(Locale.ROOT);
  }

  @Override
  public String visitBackQuotedIdentifier(SqlBaseParser.BackQuotedIdentifierContext ctx) {
    return unquote(ctx.getText(), "`");
  }

  @Override
  public String visitDoubleQuotedIdentifier(SqlBaseParser.DoubleQuotedIdentifierContext ctx) {
    return unquote(ctx.getText(), "\"");
  }

  /** ksqlDB accepts names such as {@code 1R} unquoted (they unparse backquoted). */
  @Override
  public String visitDigitIdentifier(SqlBaseParser.DigitIdentifierContext ctx) {
    return ctx.getText().toUpperCase(Locale.ROOT);
  }

  /** Strips the outer quotes and undoubles inner ones: {@code 'it''s'} → {@code it's}. */
  static String unquote(String quoted, String quote) {
    return quoted.substring(1, quoted.length() - 1).replace(quote + quote, quote);
  }
}
