package dev.eddy.engine.format;

/**
 * Encodes the values of one record part (key or value) into bytes.
 *
 * <p>Contract: built once per query for a fixed schema (every type decision is made then);
 * {@code serialize} is thread-safe. Values use Calcite's internal representation (see
 * {@code dev.eddy.engine.runtime}); {@code values} holds exactly the schema's columns, in
 * order. A {@code null} array serializes to {@code null} bytes (a tombstone). Throws
 * {@link FormatException} naming the column when a value cannot be encoded.
 */
@FunctionalInterface
public interface RowSerializer {

  byte[] serialize(Object[] values);
}
