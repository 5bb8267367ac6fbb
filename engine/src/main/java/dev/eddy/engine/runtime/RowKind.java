package dev.eddy.engine.runtime;

/**
 * The change a row carries through a pipeline (the Flink changelog model).
 *
 * <p>Contract: the byte values 0..3 and the short names are persistent — they are written to
 * changelog and internal topics and must never be renumbered. A stream carries {@link #INSERT}
 * only; tables and aggregates also carry updates as an {@link #UPDATE_BEFORE} (retracting the
 * old row) immediately followed by an {@link #UPDATE_AFTER}, and {@link #DELETE}.
 */
public enum RowKind {
  /** A new row. */
  INSERT("+I", (byte) 0),
  /** The previous content of an updated row; always followed by its {@link #UPDATE_AFTER}. */
  UPDATE_BEFORE("-U", (byte) 1),
  /** The new content of an updated row. */
  UPDATE_AFTER("+U", (byte) 2),
  /** Removal of a row. */
  DELETE("-D", (byte) 3);

  // Indexed by byte value so decoding a persisted kind is one array load.
  private static final RowKind[] BY_BYTE = {INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE};

  private final String shortString;
  private final byte byteValue;

  RowKind(String shortString, byte byteValue) {
    this.shortString = shortString;
    this.byteValue = byteValue;
  }

  /** The short name used in EXPLAIN output and tests: {@code +I}, {@code -U}, {@code +U}, {@code -D}. */
  public String shortString() {
    return shortString;
  }

  /** The stable persisted value, 0..3. */
  public byte toByteValue() {
    return byteValue;
  }

  /** True for kinds that add a row to a result ({@code +I}, {@code +U}). */
  public boolean isAddition() {
    return this == INSERT || this == UPDATE_AFTER;
  }

  /** True for kinds that take a row away from a result ({@code -U}, {@code -D}). */
  public boolean isRetraction() {
    return !isAddition();
  }

  /** Decodes a persisted byte value; throws for anything but 0..3. */
  public static RowKind fromByteValue(byte value) {
    if (value < 0 || value >= BY_BYTE.length) {
      throw new IllegalArgumentException("Unknown row kind byte value " + value + ", expected 0..3");
    }
    return BY_BYTE[value];
  }

  /** Parses a short name ({@code +I}, {@code -U}, {@code +U}, {@code -D}). */
  public static RowKind fromShortString(String shortString) {
    for (RowKind kind : BY_BYTE) {
      if (kind.shortString.equals(shortString)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Unknown row kind '" + shortString + "', expected one of +I, -U, +U, -D");
  }
}
