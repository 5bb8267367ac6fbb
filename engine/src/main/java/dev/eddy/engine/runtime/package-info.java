/**
 * Eddy's runtime: the contracts every physical operator hangs on and the tasks that run them.
 *
 * <h2>Rows</h2>
 * A row is an {@code Object[]} in Calcite's internal Java representation, so the planner's
 * generated code reads it without conversion:
 * <table>
 *   <caption>SQL type to Java value</caption>
 *   <tr><td>BOOLEAN</td><td>{@link java.lang.Boolean}</td></tr>
 *   <tr><td>INTEGER</td><td>{@link java.lang.Integer}</td></tr>
 *   <tr><td>BIGINT</td><td>{@link java.lang.Long}</td></tr>
 *   <tr><td>DOUBLE</td><td>{@link java.lang.Double}</td></tr>
 *   <tr><td>DECIMAL(p, s)</td><td>{@link java.math.BigDecimal} with scale s</td></tr>
 *   <tr><td>STRING (VARCHAR)</td><td>{@link java.lang.String}</td></tr>
 *   <tr><td>BYTES (VARBINARY)</td><td>{@code org.apache.calcite.avatica.util.ByteString}</td></tr>
 *   <tr><td>DATE</td><td>{@link java.lang.Integer} days since 1970-01-01</td></tr>
 *   <tr><td>TIME</td><td>{@link java.lang.Integer} milliseconds of the day</td></tr>
 *   <tr><td>TIMESTAMP</td><td>{@link java.lang.Long} epoch milliseconds</td></tr>
 *   <tr><td>ARRAY</td><td>{@link java.util.List}</td></tr>
 *   <tr><td>MAP</td><td>{@link java.util.Map} (STRING keys for JSON)</td></tr>
 *   <tr><td>STRUCT (ROW)</td><td>{@code Object[]} in field order</td></tr>
 * </table>
 * SQL NULL is Java {@code null}.
 *
 * <h2>Flow</h2>
 * A {@link dev.eddy.engine.runtime.task.Task} reads a source partition, decodes records into a
 * {@link dev.eddy.engine.runtime.RowBatch}, pushes it through its
 * {@link dev.eddy.engine.runtime.Operator}s and writes the result to its
 * {@link dev.eddy.engine.runtime.Sink}, then commits the source offsets.
 */
package dev.eddy.engine.runtime;
