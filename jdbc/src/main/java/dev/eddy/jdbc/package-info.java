/**
 * Eddy's JDBC driver. {@code jdbc:eddy:<data-dir>} and {@code jdbc:eddy:mem:[name]} run the
 * engine in this JVM ({@link dev.eddy.jdbc.EddyDriver} registers through
 * META-INF/services/java.sql.Driver); {@code jdbc:eddy://host:port} is parsed and refused until
 * the server client exists.
 *
 * <p>The path of a statement: {@code NonRegisteringEddyDriver} parses the URL
 * ({@code EddyUrl}) and validates the properties ({@code ConnectionProperties}, one registry);
 * {@code EddyConnection} holds an engine session on an engine shared per data directory
 * ({@code SharedEngines}); {@code EddyStatement} turns each engine result into an update count
 * with a warning, or an {@code EddyResultSet} over rows in memory ({@code FixedRows}) or a
 * running query ({@code CursorRows}); {@code ValueConversions} and {@code ColumnType} give JDBC
 * its types and conversions; {@code SqlErrors} maps refusals to SQLSTATEs.
 */
package dev.eddy.jdbc;
