package dev.eddy.engine.format;

/**
 * Encodes the values of one record part (key or value) into bytes.
 *
 * <p>Contract: built once per query for a fixed schema (every type decision is made then);
 * {@code serialize} is thread-safe. Values use Calcite's internal representation (see
 * {@code dev.eddy.engine.runtime}); {@code values} holds exactly the schema's columns, in
 * order. A {@code null} array serializes to {@code null} bytes (a tombstone), and so does a
 * single null key column (no key; see {@link #forPart}). Throws
 * {@link FormatException} naming the column when a value cannot be encoded.
 */
@FunctionalInterface
public interface RowSerializer {

  byte[] serialize(Object[] values);

  /**
   * The serializer of a record part that writes no key (null bytes) for a single key column
   * that is null, whatever the format, as ksqlDB writes an unwrapped null key — and a record
   * whose key was absent reads as exactly that. Several key columns that are all null stay a
   * key ({@code {"A":null,"B":null}}), as a PARTITION BY of null columns makes one.
   */
  static RowSerializer forPart(RowSerializer serializer, SerdeTarget target, int columns) {
    if (target != SerdeTarget.KEY || columns != 1) {
      return serializer;
    }
    return values -> values == null || values[0] == null ? null : serializer.serialize(values);
  }
}
