/**
 * Eddy's JDBC driver. {@code jdbc:eddy:<data-dir>} and {@code jdbc:eddy:mem:[name]} run the
 * engine in this JVM ({@link dev.eddy.jdbc.EddyDriver} registers through
 * META-INF/services/java.sql.Driver); {@code jdbc:eddy://host:port} talks to an Eddy server over
 * its HTTP API.
 *
 * <p>The path of a statement: {@code NonRegisteringEddyDriver} parses the URL
 * ({@code EddyUrl}) and validates the properties ({@code ConnectionProperties}, one registry);
 * {@code EddyConnection} runs its SQL through one {@code StatementRunner}: an engine session on
 * an engine shared per data directory ({@code EngineStatementRunner}, {@code SharedEngines}), or
 * a server ({@code ServerStatementRunner}: {@code ServerRequests} routes each statement to
 * {@code /ksql} or {@code /query-stream}, {@code ServerClient} speaks HTTP and JSON,
 * {@code ServerResults} and {@code JsonValues} read the answers back into the engine's result
 * shapes, {@code StreamedRows} is a streamed query's cursor). Both give engine results, so
 * {@code EddyStatement} turns each engine result into an update count
 * with a warning, or an {@code EddyResultSet} over rows in memory ({@code FixedRows}) or a
 * running query ({@code CursorRows}); {@code ValueConversions} and {@code ColumnType} give JDBC
 * its types and conversions; {@code SqlErrors} maps refusals to SQLSTATEs.
 */
package dev.eddy.jdbc;
