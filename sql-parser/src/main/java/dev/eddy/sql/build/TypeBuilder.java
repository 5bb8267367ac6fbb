package dev.eddy.sql.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;

import dev.eddy.sql.grammar.SqlBaseBaseVisitor;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.tree.SqlArrayTypeNameSpec;
import dev.eddy.sql.tree.SqlKsqlMapTypeNameSpec;
import dev.eddy.sql.tree.SqlStructTypeNameSpec;

/**
 * Builds Calcite type specs from ksqlDB type syntax. ksqlDB's names map onto Calcite's types
 * (STRING → VARCHAR, BYTES → VARBINARY, INT → INTEGER); the Calcite spellings are accepted too,
 * since that is how types unparse. Any other name is a user type from CREATE TYPE, left for
 * the catalog to resolve.
 */
final class TypeBuilder extends SqlBaseBaseVisitor<SqlTypeNameSpec> {

  private static final Map<String, SqlTypeName> BUILT_IN = Map.ofEntries(
      Map.entry("BOOLEAN", SqlTypeName.BOOLEAN),
      Map.entry("INT", SqlTypeName.INTEGER),
      Map.entry("INTEGER", SqlTypeName.INTEGER),
      Map.entry("BIGINT", SqlTypeName.BIGINT),
      Map.entry("DOUBLE", SqlTypeName.DOUBLE),
      Map.entry("STRING", SqlTypeName.VARCHAR),
      Map.entry("VARCHAR", SqlTypeName.VARCHAR),
      Map.entry("BYTES", SqlTypeName.VARBINARY),
      Map.entry("VARBINARY", SqlTypeName.VARBINARY),
      Map.entry("DATE", SqlTypeName.DATE),
      Map.entry("TIME", SqlTypeName.TIME),
      Map.entry("TIMESTAMP", SqlTypeName.TIMESTAMP));

  private final StatementText text;
  private final Names names;

  TypeBuilder(StatementText text, Names names) {
    this.text = text;
    this.names = names;
  }

  /** The type as a full spec (nullable, as every ksqlDB column is). */
  SqlDataTypeSpec spec(SqlBaseParser.TypeContext ctx) {
    return new SqlDataTypeSpec(visit(ctx), text.pos(ctx));
  }

  @Override
  public SqlTypeNameSpec visitStandaloneType(SqlBaseParser.StandaloneTypeContext ctx) {
    return visit(ctx.type());
  }

  @Override
  public SqlTypeNameSpec visitArrayType(SqlBaseParser.ArrayTypeContext ctx) {
    return new SqlArrayTypeNameSpec(visit(ctx.type()), text.pos(ctx));
  }

  @Override
  public SqlTypeNameSpec visitMapType(SqlBaseParser.MapTypeContext ctx) {
    return new SqlKsqlMapTypeNameSpec(spec(ctx.key), spec(ctx.value), text.pos(ctx));
  }

  @Override
  public SqlTypeNameSpec visitStructType(SqlBaseParser.StructTypeContext ctx) {
    List<SqlIdentifier> fieldNames = new ArrayList<>();
    List<SqlDataTypeSpec> fieldTypes = new ArrayList<>();
    for (SqlBaseParser.StructTypeFieldContext field : ctx.structTypeField()) {
      fieldNames.add(names.identifier(field.identifier()));
      fieldTypes.add(spec(field.type()));
    }
    return new SqlStructTypeNameSpec(text.pos(ctx), fieldNames, fieldTypes);
  }

  @Override
  public SqlTypeNameSpec visitDecimalType(SqlBaseParser.DecimalTypeContext ctx) {
    int precision = smallInt(ctx.precision);
    int scale = smallInt(ctx.scale);
    if (precision < 1 || scale > precision) {
      throw text.error(ctx, "DECIMAL precision must be at least 1 and scale at most the precision, got DECIMAL("
          + precision + ", " + scale + ")");
    }
    return new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, precision, scale, text.pos(ctx));
  }

  @Override
  public SqlTypeNameSpec visitNamedType(SqlBaseParser.NamedTypeContext ctx) {
    SqlIdentifier name = names.identifier(ctx.identifier());
    SqlTypeName builtIn = BUILT_IN.get(name.getSimple().toUpperCase(Locale.ROOT));
    boolean quoted = !(ctx.identifier() instanceof SqlBaseParser.UnquotedIdentifierContext
        || ctx.identifier() instanceof SqlBaseParser.NonReservedIdentifierContext);
    if (!ctx.typeParameter().isEmpty() && builtIn != SqlTypeName.VARCHAR) {
      throw text.error(ctx.typeParameter(0), "type " + name.getSimple() + " takes no parameters");
    }
    for (SqlBaseParser.TypeParameterContext parameter : ctx.typeParameter()) {
      if (parameter.identifier() != null && !parameter.getText().equalsIgnoreCase("STRING")) {
        throw text.error(parameter, "mismatched input '" + parameter.getText() + "'. Expecting: an integer, STRING");
      }
    }
    if (builtIn != null && !quoted) {
      return new SqlBasicTypeNameSpec(builtIn, text.pos(ctx));
    }
    return new SqlUserDefinedTypeNameSpec(name, text.pos(ctx));
  }

  private int smallInt(org.antlr.v4.runtime.Token token) {
    try {
      return Integer.parseInt(token.getText());
    } catch (NumberFormatException e) {
      throw text.error(token, "number too large: " + token.getText());
    }
  }
}
