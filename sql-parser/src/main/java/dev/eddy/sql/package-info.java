/**
 * Eddy SQL parser: text in, Calcite {@link org.apache.calcite.sql.SqlNode} trees out. It plans
 * nothing, executes nothing and never touches a catalog.
 *
 * <p>Entry point: {@link dev.eddy.sql.EddySqlParser#parseStatements(String, java.util.Map)}
 * returns one {@link dev.eddy.sql.ParsedStatement} per statement (tree, source text, start
 * position); every failure is one {@link dev.eddy.sql.EddySqlParseException} with line and
 * column in the whole submitted text. {@link dev.eddy.sql.EddySqlDialect} writes trees back as
 * Eddy SQL ({@link dev.eddy.sql.EddySqlParser#unparse}).
 *
 * <p>Packages:
 * <ul>
 *   <li>{@code dev.eddy.sql.grammar} — generated from {@code SqlBase.g4} (ANTLR, visitor only);
 *   <li>{@code dev.eddy.sql.parse} — text handling around the generated parser: statement
 *       splitting on the lexer's tokens, variable substitution with a map back to the original
 *       positions, the SLL-then-LL driver, and error reporting in words;
 *   <li>{@code dev.eddy.sql.build} — tree builders, one per area: statements (routing), DDL,
 *       session commands, queries, relations, windows, expressions, predicates, types, names;
 *   <li>{@code dev.eddy.sql.tree} — Eddy's own nodes: statements as {@code SqlCall}s and the
 *       ksqlDB query wrapper {@link dev.eddy.sql.tree.SqlStreamingQuery}.
 * </ul>
 *
 * <p>Choices the engine should know: a ksqlDB WINDOW clause becomes the standard window table
 * function in FROM (on {@code DESCRIPTOR(ROWTIME)}) while RETENTION and GRACE PERIOD stay in
 * {@link dev.eddy.sql.tree.SqlKsqlWindow}; join WITHIN clauses sit beside the Calcite
 * {@code SqlJoin} in {@link dev.eddy.sql.tree.SqlJoinWindow}; simple CASE is rewritten to
 * searched CASE, as Calcite's own parser does; ksqlDB types map to Calcite's (STRING →
 * VARCHAR, BYTES → VARBINARY), other type names are user types.
 */
package dev.eddy.sql;
