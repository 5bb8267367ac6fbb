package dev.eddy.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriterConfig;

import dev.eddy.sql.build.StatementBuilder;
import dev.eddy.sql.grammar.SqlBaseParser;
import dev.eddy.sql.parse.ParserDriver;
import dev.eddy.sql.parse.SourceText;
import dev.eddy.sql.parse.StatementSplitter;
import dev.eddy.sql.parse.StatementText;
import dev.eddy.sql.parse.VariableSubstitutor;
import dev.eddy.sql.tree.SqlDefineVariable;
import dev.eddy.sql.tree.SqlUndefineVariable;

/**
 * Turns Eddy SQL text into Calcite {@link SqlNode} trees. It plans nothing, executes nothing and
 * knows no catalog; every failure is an {@link EddySqlParseException} with the line and column
 * in the text as submitted. Thread-safe (stateless).
 */
public final class EddySqlParser {

  private EddySqlParser() {
  }

  /**
   * Parses a script of {@code ;}-separated statements. Before a statement is parsed its
   * {@code ${name}} references are replaced by the variables given here, as updated by the
   * DEFINE and UNDEFINE statements that precede it in the same text; the map itself is not
   * changed. Stops at the first error.
   *
   * @param variables variable values by name (names match ignoring case)
   * @return the statements in order; comment-only text gives an empty list
   */
  public static List<ParsedStatement> parseStatements(String text, Map<String, String> variables) {
    SourceText source = new SourceText(text);
    Map<String, String> scope = new HashMap<>();
    variables.forEach((name, value) -> scope.put(name.toUpperCase(Locale.ROOT), value));
    List<ParsedStatement> statements = new ArrayList<>();
    for (StatementSplitter.Span span : StatementSplitter.split(text)) {
      StatementText statement = VariableSubstitutor.substitute(source, span.start(), span.end(), scope);
      SqlNode node = ParserDriver.parse(statement, SqlBaseParser::singleStatement,
          tree -> new StatementBuilder(statement).visit(tree));
      if (node instanceof SqlDefineVariable define) {
        scope.put(define.name().toUpperCase(Locale.ROOT), define.value());
      } else if (node instanceof SqlUndefineVariable undefine) {
        scope.remove(undefine.name().toUpperCase(Locale.ROOT));
      }
      int offset = statement.sourceOffset(0);
      int end = statement.sourceOffset(Integer.MAX_VALUE);
      statements.add(new ParsedStatement(node, text.substring(offset, end), source.pos(offset, offset), offset));
    }
    return statements;
  }

  /** {@link #parseStatements(String, Map)} without variables. */
  public static List<ParsedStatement> parseStatements(String text) {
    return parseStatements(text, Map.of());
  }

  /**
   * Parses exactly one statement (a trailing {@code ;} is optional).
   *
   * @throws EddySqlParseException also when the text holds no statement or more than one
   */
  public static SqlNode parseStatement(String text) {
    List<ParsedStatement> statements = parseStatements(text);
    SourceText source = new SourceText(text);
    if (statements.isEmpty()) {
      throw source.error(text.length(), text.length(), "empty statement: no SQL found");
    }
    if (statements.size() > 1) {
      int second = statements.get(1).offset();
      throw source.error(second, second, "expected one statement but found " + statements.size());
    }
    return statements.get(0).node();
  }

  /** Parses one expression, e.g. {@code a + 1 > b}. */
  public static SqlNode parseExpression(String text) {
    StatementText statement = wholeText(text);
    return ParserDriver.parse(statement, SqlBaseParser::standaloneExpression,
        tree -> new StatementBuilder(statement).expression(tree));
  }

  /** Parses one type, e.g. {@code STRUCT<a INT, b ARRAY<STRING>>}. */
  public static SqlDataTypeSpec parseType(String text) {
    StatementText statement = wholeText(text);
    return ParserDriver.parse(statement, SqlBaseParser::standaloneType,
        tree -> new StatementBuilder(statement).type(tree));
  }

  private static StatementText wholeText(String text) {
    return VariableSubstitutor.substitute(new SourceText(text), 0, text.codePointCount(0, text.length()), Map.of());
  }

  /** Writes a tree back as Eddy SQL on one line; parsing the result gives an equal tree. */
  public static String unparse(SqlNode node) {
    return node.toSqlString(EddySqlParser::writerConfig).getSql();
  }

  private static SqlWriterConfig writerConfig(SqlWriterConfig config) {
    return config.withDialect(EddySqlDialect.INSTANCE)
        .withAlwaysUseParentheses(false)
        .withClauseStartsLine(false)
        .withClauseEndsLine(false)
        .withSelectListItemsOnSeparateLines(false)
        .withIndentation(0)
        .withQuoteAllIdentifiers(true)
        .withFromFolding(SqlWriterConfig.LineFolding.WIDE);
  }
}
