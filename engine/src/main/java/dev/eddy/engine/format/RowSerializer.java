package dev.eddy.engine.format;

/**
 * Encodes the values of one record part (key or value) into bytes.
 *
 * <p>Contract: built once per query for a fixed schema (every type decision is made then);
 * {@code serialize} is thread-safe. Values use Calcite's internal representation (see
 * {@code dev.eddy.engine.runtime}); {@code values} holds exactly the schema's columns, in
 * order. A {@code null} array serializes to {@code null} bytes (a tombstone), and so does a key
 * whose every column is null (no key; see {@link #absentWhenAllNull}). Throws
 * {@link FormatException} naming the column when a value cannot be encoded.
 */
@FunctionalInterface
public interface RowSerializer {

  byte[] serialize(Object[] values);

  /**
   * A key serializer that writes no key (null bytes) when every key column is null, whatever
   * the format: ksqlDB keeps a record's absent key absent, and a key whose columns are all null
   * is what an absent key reads as. Every other key goes to {@code serializer}.
   */
  static RowSerializer absentWhenAllNull(RowSerializer serializer) {
    return values -> {
      if (values == null) {
        return null;
      }
      for (Object value : values) {
        if (value != null) {
          return serializer.serialize(values);
        }
      }
      return null;
    };
  }
}
