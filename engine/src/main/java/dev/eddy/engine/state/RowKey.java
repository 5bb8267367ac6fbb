package dev.eddy.engine.state;

import java.util.Arrays;

/**
 * The values of a grouping or primary key, compared by value: the key a {@link KeyValueStore}
 * holds state under. Values are in the engine's internal row form; arrays inside (structs)
 * compare element by element.
 *
 * <p>Immutable by contract: the array passed in must not be changed afterwards.
 */
public final class RowKey {

  private final Object[] values;
  private final int hash;

  private RowKey(Object[] values) {
    this.values = values;
    this.hash = Arrays.deepHashCode(values);
  }

  public static RowKey of(Object... values) {
    return new RowKey(values);
  }

  /** The values at {@code positions} of {@code row}, in that order. */
  public static RowKey of(Object[] row, int[] positions) {
    Object[] values = new Object[positions.length];
    for (int i = 0; i < positions.length; i++) {
      values[i] = row[positions[i]];
    }
    return new RowKey(values);
  }

  public int size() {
    return values.length;
  }

  public Object get(int index) {
    return values[index];
  }

  /** A copy of the values. */
  public Object[] values() {
    return values.clone();
  }

  /** True when any key value is null: ksqlDB drops such rows from a GROUP BY. */
  public boolean hasNull() {
    for (Object value : values) {
      if (value == null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowKey other && hash == other.hash && Arrays.deepEquals(values, other.values);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.deepToString(values);
  }
}
