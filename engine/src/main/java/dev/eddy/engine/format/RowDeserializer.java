package dev.eddy.engine.format;

/**
 * Decodes the bytes of one record part (key or value) into column values.
 *
 * <p>Contract: built once per query for a fixed schema; {@code deserialize} is thread-safe and
 * returns a new array holding the schema's columns in order, in Calcite's internal
 * representation. {@code null} bytes (a tombstone, or an absent key) give {@code null}. Throws
 * {@link FormatException} naming the column and the problem when the bytes do not fit.
 */
@FunctionalInterface
public interface RowDeserializer {

  Object[] deserialize(byte[] bytes);
}
